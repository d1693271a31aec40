import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/components/ErrorMessage';
import { SelectField, TextField, type Option } from '../../../app/components/fields';
import { FormError } from '../../../app/components/FormError';
import { useUpdateSession } from '../hooks/useTeachingMutations';
import { localDay, localInstant, localTime, scheduleProblems, type ScheduleField, type ScheduleProblem } from '../lib/schedule';
import type { SessionRowData } from './SessionsTable';

/** Move a session to another day or time, change its module or venue. */
export function SessionEditForm({
  cohortId,
  session,
  modules,
  onDone,
}: {
  cohortId: string;
  session: SessionRowData;
  modules: readonly { id: string; title: string; position: number }[];
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [updateSession, { loading }] = useUpdateSession(cohortId);
  const [values, setValues] = useState({
    moduleId: session.module.id,
    day: localDay(new Date(session.startsAt)),
    startTime: localTime(session.startsAt),
    endTime: localTime(session.endsAt),
    venue: session.venue ?? '',
  });
  const [problems, setProblems] = useState<Partial<Record<ScheduleField, ScheduleProblem>>>({});
  const [error, setError] = useState<string | null>(null);
  const set = (field: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));
  const errorFor = (field: ScheduleField): string | undefined => {
    const problem = problems[field];
    return problem ? t(`teaching.schedule.problems.${problem}`, { max: 1 }) : undefined;
  };

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setError(null);
    const found = scheduleProblems({ ...values, firstDate: values.day, days: '1', skipWeekends: false });
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    try {
      await updateSession({
        variables: {
          input: {
            id: session.id,
            moduleId: values.moduleId,
            startsAt: localInstant(values.day, values.startTime),
            endsAt: localInstant(values.day, values.endTime),
            venue: values.venue.trim() || null,
          },
        },
      });
      onDone(true);
    } catch (caught: unknown) {
      setError(errorText(caught));
    }
  }

  const moduleOptions: Option[] = [...modules]
    .sort((a, b) => a.position - b.position)
    .map((module) => ({ value: module.id, label: module.title }));
  const prefix = `session-${session.id}`;
  return (
    <form className="form session-edit" onSubmit={(event) => void submit(event)} noValidate aria-label={t('teaching.sessions.editTitle')}>
      <FormError message={error} />
      <SelectField
        id={`${prefix}-module`}
        label={t('teaching.sessions.module')}
        required
        value={values.moduleId}
        options={moduleOptions}
        error={errorFor('moduleId')}
        onValueChange={set('moduleId')}
      />
      <TextField
        id={`${prefix}-day`}
        label={t('teaching.sessions.day')}
        type="date"
        required
        value={values.day}
        error={errorFor('firstDate')}
        onValueChange={set('day')}
      />
      <TextField
        id={`${prefix}-start`}
        label={t('teaching.schedule.startTime')}
        type="time"
        required
        value={values.startTime}
        error={errorFor('startTime')}
        onValueChange={set('startTime')}
      />
      <TextField
        id={`${prefix}-end`}
        label={t('teaching.schedule.endTime')}
        type="time"
        required
        value={values.endTime}
        error={errorFor('endTime')}
        onValueChange={set('endTime')}
      />
      <TextField id={`${prefix}-venue`} label={t('teaching.cohort.venue')} value={values.venue} onValueChange={set('venue')} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={loading}>
          {loading ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button-link" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
