import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../../../app/components/fields';
import { FormError } from '../../../app/components/FormError';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { useSaveState } from '../../../app/hooks/useSaveState';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { SmeSupports } from '../../smes/components/SmeSupports';
import '../../smes/smes.css';
import { useAddProgressReport } from '../hooks/useLearningMutations';
import {
  emptyProgressReport,
  reportProblems,
  toProgressReportInput,
  type ProgressReportValues,
  type ReportProblem,
} from '../lib/action-plan-form';
import { localDate } from '../lib/enrolments';

export const ProgressReportFragment = graphql(`
  fragment ProgressReports_report on ProgressReport {
    id
    reportedOn
    done
    results
    challenges
    smesReached
    ...SmeSupports_report
  }
`);

export const ProgressReportsFragment = graphql(`
  fragment ProgressReports_plan on ActionPlan {
    id
    status
    progressReports {
      id
      ...ProgressReports_report
    }
  }
`);

/** Share to learn: what the trainee did with the plan, with whom, and how many SMEs it reached. */
export function ProgressReports({ plan: planRef }: { plan: FragmentType<typeof ProgressReportsFragment> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const plan = getFragmentData(ProgressReportsFragment, planRef);
  const reports = getFragmentData(ProgressReportFragment, plan.progressReports);
  const total = reports.reduce((sum, report) => sum + report.smesReached, 0);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState(false);
  const today = localDate(new Date());
  if (plan.status !== 'SUBMITTED' && plan.status !== 'ACCEPTED') return null;
  return (
    <section aria-labelledby="progress-reports" className="progress-reports">
      <h2 id="progress-reports">{t('learning.reports.title')}</h2>
      <p className="meta">{t('learning.reports.intro')}</p>
      {reports.length === 0 ? (
        <p>{t('learning.reports.none')}</p>
      ) : (
        <>
          <p className="reports-total">{t('learning.reports.total', { count: total })}</p>
          <ol className="report-list" data-testid="progress-reports">
            {[...reports].reverse().map((report) => (
              <li key={report.id} className="card">
                <p className="report-meta">
                  <time dateTime={report.reportedOn}>{format.date(report.reportedOn)}</time> ·{' '}
                  {t('learning.reports.smesReachedValue', { count: report.smesReached })}
                </p>
                <p className="prewrap">{report.done}</p>
                {report.results && (
                  <>
                    <h3>{t('learning.reports.results')}</h3>
                    <p className="prewrap">{report.results}</p>
                  </>
                )}
                {report.challenges && (
                  <>
                    <h3>{t('learning.reports.challenges')}</h3>
                    <p className="prewrap">{report.challenges}</p>
                  </>
                )}
                <SmeSupports report={report} today={today} />
              </li>
            ))}
          </ol>
        </>
      )}
      <div aria-live="polite">{added && !adding ? <p className="alert alert-success">{t('learning.reports.added')}</p> : null}</div>
      {adding ? (
        <ProgressReportForm
          actionPlanId={plan.id}
          onDone={(saved) => {
            setAdding(false);
            setAdded(saved);
          }}
        />
      ) : (
        <button
          type="button"
          className="button-primary"
          onClick={() => {
            setAdded(false);
            setAdding(true);
          }}
        >
          {t('learning.reports.add')}
        </button>
      )}
    </section>
  );
}

function ProgressReportForm({ actionPlanId, onDone }: { actionPlanId: string; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ProgressReportValues>(() => emptyProgressReport(localDate(new Date())));
  const [problems, setProblems] = useState<ReportProblem[]>([]);
  const [addReport, { loading }] = useAddProgressReport(actionPlanId);
  const save = useSaveState();
  const set =
    <K extends keyof ProgressReportValues>(field: K) =>
    (value: ProgressReportValues[K]) =>
      setValues((previous) => ({ ...previous, [field]: value }));
  const errorFor = (field: ReportProblem['field']) => {
    const problem = problems.find((item) => item.field === field);
    if (problem) return problem.problem === 'number' ? t('learning.reports.smesReachedNumber') : t('common.requiredError');
    return save.fields[field];
  };

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    save.reset();
    const found = reportProblems(values);
    setProblems(found);
    if (found.length > 0) return;
    try {
      await addReport({ variables: { input: toProgressReportInput(values, actionPlanId) } });
      onDone(true);
    } catch (caught: unknown) {
      save.fail(caught);
    }
  }

  return (
    <form className="form card report-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="report-form-title">
      <h3 id="report-form-title">{t('learning.reports.add')}</h3>
      <FormError message={problems.length > 0 ? t('common.fixErrors') : save.error} />
      <div className="form-grid">
        <TextField
          id="report-date"
          type="date"
          label={t('learning.reports.reportedOn')}
          required
          value={values.reportedOn}
          error={errorFor('reportedOn')}
          onValueChange={set('reportedOn')}
        />
        <TextField
          id="report-smes"
          type="number"
          inputMode="numeric"
          min={0}
          label={t('learning.reports.smesReached')}
          hint={t('learning.reports.smesReachedHint')}
          value={values.smesReached}
          error={errorFor('smesReached')}
          onValueChange={set('smesReached')}
        />
      </div>
      <TextAreaField
        id="report-done"
        label={t('learning.reports.done')}
        required
        value={values.done}
        error={errorFor('done')}
        onValueChange={set('done')}
      />
      <TextAreaField
        id="report-results"
        label={t('learning.reports.results')}
        rows={3}
        value={values.results}
        onValueChange={set('results')}
      />
      <TextAreaField
        id="report-challenges"
        label={t('learning.reports.challenges')}
        rows={3}
        value={values.challenges}
        onValueChange={set('challenges')}
      />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={loading}>
          {loading ? t('common.saving') : t('learning.reports.save')}
        </button>
        <button type="button" className="button-link" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
