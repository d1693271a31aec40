import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { getFragmentData } from '../../../gql';
import { GradebookRowFragment, GradebookTable } from '../components/GradebookTable';
import { ScoreEntry } from '../components/ScoreEntry';
import { GradebookQuery } from '../graphql/delivery';
import { cellSymbol, gradebookColumns, isTrainerScored } from '../lib/gradebook';

/** Every approved person's scores at a glance; assignments and action plans are scored from here. */
export default function GradebookTab() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { cohortId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const scoring = searchParams.get('score');
  const { data, loading, error, refetch } = useQuery(GradebookQuery, { variables: { id: cohortId }, fetchPolicy: 'cache-and-network' });
  const [message, setMessage] = useState<string | null>(null);

  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  const cohort = data.cohort;
  if (!cohort) return null;
  const columns = gradebookColumns(cohort.course.modules);
  const rows = [
    ...getFragmentData(
      GradebookRowFragment,
      cohort.roster.edges.map((edge) => edge.node),
    ),
  ].sort((a, b) => a.person.fullName.localeCompare(b.person.fullName));
  const scoringColumn = scoring ? columns.find((column) => column.assessments.some((assessment) => assessment.id === scoring)) : undefined;
  const scoringAssessment = scoringColumn?.assessments.find((assessment) => assessment.id === scoring);

  if (scoringColumn && scoringAssessment && isTrainerScored(scoringAssessment.kind) && cohort.viewerTeaches) {
    return (
      <ScoreEntry
        key={scoringAssessment.id}
        cohortId={cohort.id}
        moduleTitle={scoringColumn.module.title}
        assessment={scoringAssessment}
        rubric={scoringAssessment.rubric}
        rows={rows}
        onSaved={(count) => {
          setMessage(t('teaching.scoring.saved', { count, title: scoringAssessment.title }));
          void navigate(`/cohorts/${cohort.id}/gradebook`);
        }}
      />
    );
  }

  return (
    <section aria-labelledby="gradebook-title">
      <h2 id="gradebook-title">{t('teaching.gradebook.title')}</h2>
      <div aria-live="polite">{message ? <p className="alert alert-success">{message}</p> : null}</div>
      {rows.length === 0 ? (
        <p>{t('teaching.roster.empty')}</p>
      ) : (
        <>
          <p className="hint grade-legend">
            <span className="grade grade-passed">{cellSymbol.passed}</span> {t('teaching.gradebook.passed')} ·{' '}
            <span className="grade grade-failed">{cellSymbol.failed}</span> {t('teaching.gradebook.failed')} ·{' '}
            <span className="grade grade-missing">{cellSymbol.missing}</span> {t('teaching.gradebook.noScore')}
          </p>
          <GradebookTable cohortId={cohort.id} columns={columns} rows={rows} canScore={cohort.viewerTeaches} />
        </>
      )}
    </section>
  );
}
