import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { MyCertificate } from '../../certificates/components/MyCertificate';
import { checkInSessions, holdsSeat, modulesPassed, nextSession, showsReason } from '../lib/enrolments';
import { EnrolmentStatusBadge } from './EnrolmentStatusBadge';
import { NextSession } from './NextSession';

export const EnrolmentCardFragment = graphql(`
  fragment EnrolmentCard_enrolment on Enrolment {
    id
    status
    reason
    completed
    cohort {
      id
      title
      startsOn
      endsOn
      venue
      course {
        id
        title
      }
      sessions {
        id
        startsAt
        endsAt
        venue
        cancelled
        inProgress
        checkInOpen
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
    progress {
      attendanceRate
      sessionsHeld
      sessionsAttended
      modules {
        postTestPassed
      }
    }
    tests {
      canAttempt
    }
    certificate {
      id
      ...MyCertificate_certificate
    }
  }
`);

/** One enrolment at a glance: status, dates, the next session, a check-in button, progress. */
export function EnrolmentCard({
  enrolment: enrolmentRef,
  now,
  headingLevel = 2,
}: {
  enrolment: FragmentType<typeof EnrolmentCardFragment>;
  now: Date;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useEnumLabels();
  const enrolment = getFragmentData(EnrolmentCardFragment, enrolmentRef);
  const { cohort, progress } = enrolment;
  const seat = enrolment.status === 'APPROVED';
  const next = seat ? nextSession(cohort.sessions, now) : null;
  const checkIn = seat ? checkInSessions(cohort.sessions)[0] : undefined;
  const checkedIn = checkIn?.attendance.find((record) => record.status === 'PRESENT' || record.status === 'LATE');
  const openTests = seat ? enrolment.tests.filter((test) => test.canAttempt).length : 0;
  const passed = modulesPassed(progress.modules);
  const path = `/learning/${enrolment.id}`;

  return (
    <article className="card enrolment-card" data-testid="enrolment-card">
      <p className="eyebrow">{cohort.course.title}</p>
      <Heading>
        <Link to={path}>{cohort.title}</Link>
      </Heading>
      <p className="meta">
        {t('learning.dates', { start: format.date(cohort.startsOn), end: format.date(cohort.endsOn) })}
        {cohort.venue ? (
          <>
            <span aria-hidden="true"> · </span>
            {cohort.venue}
          </>
        ) : null}
      </p>
      <p className="status-line">
        <EnrolmentStatusBadge status={enrolment.status} />
        {showsReason(enrolment.status) && enrolment.reason ? (
          <span className="status-reason"> {t('learning.reason', { reason: enrolment.reason })}</span>
        ) : null}
      </p>

      {checkIn && (
        <div className="check-in-callout">
          {checkedIn ? (
            <p>{t('learning.checkIn.done', { status: labels.attendanceStatus(checkedIn.status) })}</p>
          ) : (
            <>
              <p>{t('learning.checkIn.prompt', { module: checkIn.module.title })}</p>
              <Link to={`/learning/check-in/${checkIn.id}`} className="button-primary">
                {t('learning.checkIn.action')}
              </Link>
            </>
          )}
        </div>
      )}
      {next && !checkIn && <NextSession session={next} />}

      {holdsSeat(enrolment.status) && (
        <dl className="glance">
          <div>
            <dt>{t('learning.progress.attendance')}</dt>
            <dd>
              {progress.attendanceRate == null ? t('learning.progress.noSessionsYet') : format.percent(progress.attendanceRate)}
              {progress.sessionsHeld > 0 && (
                <span className="meta">
                  {' '}
                  {t('learning.progress.sessionsAttended', { attended: progress.sessionsAttended, held: progress.sessionsHeld })}
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('learning.progress.modulesPassed')}</dt>
            <dd>{t('learning.progress.ofTotal', { done: passed.passed, total: passed.total })}</dd>
          </div>
        </dl>
      )}
      {enrolment.certificate && (
        <div className="card-certificate">
          <MyCertificate certificate={enrolment.certificate} />
        </div>
      )}
      {openTests > 0 && (
        <p className="notice">
          <Link to={`${path}#tests`}>{t('learning.tests.openNow', { count: openTests })}</Link>
        </p>
      )}
      <p className="card-link">
        <Link to={path}>{enrolment.completed ? t('learning.card.openCompleted') : t('learning.card.open')}</Link>
      </p>
    </article>
  );
}
