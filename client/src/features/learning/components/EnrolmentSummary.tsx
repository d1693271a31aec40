import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { languages, nativeNameLanguage } from '../../../app/i18n/languages';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { showsReason } from '../lib/enrolments';
import { EnrolmentStatusBadge } from './EnrolmentStatusBadge';

export const EnrolmentSummaryFragment = graphql(`
  fragment EnrolmentSummary_enrolment on Enrolment {
    id
    status
    reason
    motivation
    createdAt
    decidedAt
    cohort {
      id
      startsOn
      endsOn
      venue
      language
      trainers {
        id
        person {
          id
          fullName
          nativeName
          countryCode
        }
      }
      sessions {
        id
        startsAt
        endsAt
        venue
        cancelled
        module {
          id
          title
        }
        attendance {
          id
          status
        }
      }
    }
  }
`);

/** Where the enrolment stands, the cohort's dates, venue and trainers, and every session. */
export function EnrolmentSummary({ enrolment: enrolmentRef }: { enrolment: FragmentType<typeof EnrolmentSummaryFragment> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useEnumLabels();
  const enrolment = getFragmentData(EnrolmentSummaryFragment, enrolmentRef);
  const { cohort } = enrolment;
  const language = languages.find((candidate) => candidate.code === cohort.language);
  const trainers = cohort.trainers.flatMap((trainer) => (trainer.person ? [trainer.person] : []));
  return (
    <section className="card enrolment-summary" aria-labelledby="enrolment-status">
      <h2 id="enrolment-status" className="visually-hidden">
        {t('learning.enrolment.statusTitle')}
      </h2>
      <p className="status-line">
        <EnrolmentStatusBadge status={enrolment.status} />
        {enrolment.status === 'PENDING' && <span className="status-reason"> {t('learning.enrolment.pendingHelp')}</span>}
      </p>
      {showsReason(enrolment.status) && enrolment.reason ? (
        <p className="status-reason-block">{t('learning.reason', { reason: enrolment.reason })}</p>
      ) : null}
      <dl className="details">
        <dt>{t('learning.enrolment.dates')}</dt>
        <dd>{t('learning.dates', { start: format.date(cohort.startsOn), end: format.date(cohort.endsOn) })}</dd>
        {cohort.venue && (
          <>
            <dt>{t('learning.enrolment.venue')}</dt>
            <dd>{cohort.venue}</dd>
          </>
        )}
        <dt>{t('learning.enrolment.language')}</dt>
        <dd lang={language?.code}>{language?.name ?? cohort.language}</dd>
        {trainers.length > 0 && (
          <>
            <dt>{t('learning.enrolment.trainers')}</dt>
            <dd>
              <ul className="plain-list">
                {trainers.map((person) => (
                  <li key={person.id}>
                    {person.fullName}
                    {person.nativeName ? (
                      <>
                        {' '}
                        <span lang={nativeNameLanguage(person.countryCode)}>({person.nativeName})</span>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{t('learning.enrolment.applied')}</dt>
        <dd>{format.date(enrolment.createdAt)}</dd>
        {enrolment.decidedAt && (
          <>
            <dt>{t('learning.enrolment.decided')}</dt>
            <dd>{format.date(enrolment.decidedAt)}</dd>
          </>
        )}
        {enrolment.motivation && (
          <>
            <dt>{t('learning.enrolment.motivation')}</dt>
            <dd className="prewrap">{enrolment.motivation}</dd>
          </>
        )}
      </dl>
      {cohort.sessions.length > 0 && (
        <details className="sessions">
          <summary>{t('learning.enrolment.sessions', { count: cohort.sessions.length })}</summary>
          <ul className="session-list">
            {cohort.sessions.map((session) => {
              const record = session.attendance[0];
              return (
                <li key={session.id} className={session.cancelled ? 'session-cancelled' : undefined}>
                  <span className="session-when">
                    {t('learning.session.when', { start: format.dateTime(session.startsAt), end: format.time(session.endsAt) })}
                  </span>{' '}
                  <span>{session.module.title}</span>
                  {session.cancelled ? (
                    <span className="badge badge-unchanged">{t('learning.session.cancelled')}</span>
                  ) : record ? (
                    <span className="badge badge-update">{labels.attendanceStatus(record.status)}</span>
                  ) : null}
                  {session.venue && session.venue !== cohort.venue ? <span className="meta"> · {session.venue}</span> : null}
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </section>
  );
}
