import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/components/ErrorMessage';
import { SelectField, TextField, type Option } from '../../../app/components/fields';
import { FormError } from '../../../app/components/FormError';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { useScheduleSessions } from '../hooks/useTeachingMutations';
import {
  buildSessionSlots,
  MAX_SCHEDULE_DAYS,
  scheduleProblems,
  type ScheduleDraft,
  type ScheduleField,
  type ScheduleProblem,
} from '../lib/schedule';

/** Schedule one session, or one a day for several days, in a single call. */
export function ScheduleSessionsForm({
  cohortId,
  modules,
  defaultDate,
  cohortVenue,
  onScheduled,
}: {
  cohortId: string;
  modules: readonly { id: string; title: string; position: number }[];
  defaultDate: string;
  cohortVenue: string | null;
  onScheduled: (count: number) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorText = useErrorText();
  const [scheduleSessions, { loading }] = useScheduleSessions(cohortId);
  const [draft, setDraft] = useState<ScheduleDraft>({
    moduleId: '',
    firstDate: defaultDate,
    days: '1',
    startTime: '08:30',
    endTime: '16:30',
    skipWeekends: true,
    venue: '',
  });
  const [problems, setProblems] = useState<Partial<Record<ScheduleField, ScheduleProblem>>>({});
  const [error, setError] = useState<string | null>(null);

  const set = (field: keyof ScheduleDraft) => (value: string) => setDraft((previous) => ({ ...previous, [field]: value }));
  const errorFor = (field: ScheduleField): string | undefined => {
    const problem = problems[field];
    return problem ? t(`teaching.schedule.problems.${problem}`, { max: MAX_SCHEDULE_DAYS }) : undefined;
  };
  const preview = Object.keys(scheduleProblems(draft)).length === 0 ? buildSessionSlots(draft) : [];

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setError(null);
    const found = scheduleProblems(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const sessions = buildSessionSlots(draft);
    try {
      await scheduleSessions({ variables: { input: { cohortId, sessions } } });
      onScheduled(sessions.length);
    } catch (caught: unknown) {
      setError(errorText(caught));
    }
  }

  const moduleOptions: Option[] = [...modules]
    .sort((a, b) => a.position - b.position)
    .map((module) => ({ value: module.id, label: module.title }));
  return (
    <form className="form card schedule-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="schedule-title">
      <h3 id="schedule-title">{t('teaching.schedule.title')}</h3>
      <p className="hint">{t('teaching.schedule.intro')}</p>
      <FormError message={Object.keys(problems).length > 0 ? t('common.fixErrors') : error} />
      <div className="form-grid">
        <SelectField
          id="schedule-module"
          label={t('teaching.sessions.module')}
          required
          value={draft.moduleId}
          options={moduleOptions}
          emptyLabel={t('common.choose')}
          error={errorFor('moduleId')}
          onValueChange={set('moduleId')}
        />
        <TextField
          id="schedule-firstDate"
          label={t('teaching.schedule.firstDate')}
          type="date"
          required
          value={draft.firstDate}
          error={errorFor('firstDate')}
          onValueChange={set('firstDate')}
        />
        <TextField
          id="schedule-days"
          label={t('teaching.schedule.days')}
          hint={t('teaching.schedule.daysHint', { max: MAX_SCHEDULE_DAYS })}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_SCHEDULE_DAYS}
          required
          value={draft.days}
          error={errorFor('days')}
          onValueChange={set('days')}
        />
        <div className="field checkbox-field">
          <label className="checkbox">
            <input
              type="checkbox"
              id="schedule-skipWeekends"
              checked={draft.skipWeekends}
              onChange={(event) => setDraft((previous) => ({ ...previous, skipWeekends: event.target.checked }))}
            />
            <span>{t('teaching.schedule.skipWeekends')}</span>
          </label>
        </div>
        <TextField
          id="schedule-startTime"
          label={t('teaching.schedule.startTime')}
          type="time"
          required
          value={draft.startTime}
          error={errorFor('startTime')}
          onValueChange={set('startTime')}
        />
        <TextField
          id="schedule-endTime"
          label={t('teaching.schedule.endTime')}
          type="time"
          required
          value={draft.endTime}
          error={errorFor('endTime')}
          onValueChange={set('endTime')}
        />
        <TextField
          id="schedule-venue"
          label={t('teaching.cohort.venue')}
          hint={cohortVenue ? t('teaching.schedule.venueHint', { venue: cohortVenue }) : undefined}
          value={draft.venue}
          onValueChange={set('venue')}
        />
      </div>
      {preview.length > 0 ? (
        <div className="schedule-preview" aria-live="polite">
          <p className="hint">{t('teaching.schedule.preview', { count: preview.length })}</p>
          <ul className="plain-list">
            {preview.map((slot) => (
              <li key={slot.startsAt}>
                {format.date(slot.startsAt)} ·{' '}
                {t('teaching.timeRange', { start: format.time(slot.startsAt), end: format.time(slot.endsAt) })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={loading}>
          {loading ? t('common.saving') : t('teaching.schedule.submit', { count: Math.max(preview.length, 1) })}
        </button>
      </div>
    </form>
  );
}
