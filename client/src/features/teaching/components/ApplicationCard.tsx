import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/components/ErrorMessage';
import { TextAreaField } from '../../../app/components/fields';
import { FormError } from '../../../app/components/FormError';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { nativeNameLanguage } from '../../../app/i18n/languages';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { EnrolmentDecision } from '../../../gql/graphql';
import { useDecideEnrolment } from '../hooks/useTeachingMutations';
import { EnrolmentStatusBadge } from './StatusBadges';

export const ApplicationCardFragment = graphql(`
  fragment ApplicationCard_enrolment on Enrolment {
    id
    status
    motivation
    reason
    createdAt
    person {
      id
      fullName
      nativeName
      countryCode
      position
      organisation {
        id
        name
      }
    }
  }
`);

/** One application: who, why, and approve / waitlist / reject (a rejection needs a reason the applicant sees). */
export function ApplicationCard({
  cohortId,
  enrolment: enrolmentRef,
  onDecided,
}: {
  cohortId: string;
  enrolment: FragmentType<typeof ApplicationCardFragment>;
  onDecided: (name: string, decision: EnrolmentDecision) => void;
}) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const format = useFormatters();
  const errorText = useErrorText();
  const enrolment = getFragmentData(ApplicationCardFragment, enrolmentRef);
  const [decideEnrolment, { loading }] = useDecideEnrolment(cohortId);
  const [asking, setAsking] = useState<'REJECT' | 'WAITLIST' | null>(null);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const person = enrolment.person;
  const prefix = `application-${enrolment.id}`;

  async function decide(decision: EnrolmentDecision): Promise<void> {
    setError(null);
    const trimmed = reason.trim();
    if (decision === 'REJECT' && trimmed === '') {
      setReasonMissing(true);
      return;
    }
    try {
      await decideEnrolment({
        variables: { input: { enrolmentId: enrolment.id, decision, reason: decision === 'APPROVE' ? null : trimmed || null } },
      });
      onDecided(person.fullName, decision);
    } catch (caught: unknown) {
      setError(errorText(caught));
    }
  }

  return (
    <li className="card application-card" data-testid="application" aria-labelledby={`${prefix}-name`}>
      <p className="status-line">
        <EnrolmentStatusBadge status={enrolment.status} />
        <span className="meta">{t('teaching.applications.applied', { date: format.date(enrolment.createdAt) })}</span>
      </p>
      <h3 id={`${prefix}-name`}>
        {person.fullName}
        {person.nativeName ? (
          <span className="native-name" lang={nativeNameLanguage(person.countryCode)}>
            {' '}
            {person.nativeName}
          </span>
        ) : null}
      </h3>
      <p className="meta">{[person.position, person.organisation?.name, labels.country(person.countryCode)].filter(Boolean).join(' · ')}</p>
      <h4>{t('teaching.applications.motivation')}</h4>
      <p className="prewrap">{enrolment.motivation ?? t('teaching.applications.noMotivation')}</p>
      {enrolment.status === 'WAITLISTED' && enrolment.reason ? (
        <p className="status-reason">{t('teaching.applications.waitlistReason', { reason: enrolment.reason })}</p>
      ) : null}
      <FormError message={error} />
      {asking ? (
        <div className="decision-reason">
          <TextAreaField
            id={`${prefix}-reason`}
            label={asking === 'REJECT' ? t('teaching.applications.rejectReason') : t('teaching.applications.waitlistReasonLabel')}
            hint={t('teaching.applications.reasonHint')}
            required={asking === 'REJECT'}
            rows={3}
            maxLength={1000}
            value={reason}
            error={reasonMissing ? t('teaching.applications.reasonRequired') : undefined}
            onValueChange={(value) => {
              setReason(value);
              setReasonMissing(false);
            }}
          />
          <div className="actions">
            <button type="button" className="button-primary" disabled={loading} onClick={() => void decide(asking)}>
              {asking === 'REJECT' ? t('teaching.applications.confirmReject') : t('teaching.applications.confirmWaitlist')}
            </button>
            <button
              type="button"
              className="button-link"
              onClick={() => {
                setAsking(null);
                setReasonMissing(false);
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button-primary"
            disabled={loading}
            aria-label={t('teaching.applications.approveLabel', { name: person.fullName })}
            onClick={() => void decide('APPROVE')}
          >
            {t('teaching.applications.approve')}
          </button>
          {enrolment.status !== 'WAITLISTED' && (
            <button type="button" className="button-secondary" disabled={loading} onClick={() => setAsking('WAITLIST')}>
              {t('teaching.applications.waitlist')}
            </button>
          )}
          <button type="button" className="button-secondary button-danger" disabled={loading} onClick={() => setAsking('REJECT')}>
            {t('teaching.applications.reject')}
          </button>
        </div>
      )}
    </li>
  );
}
