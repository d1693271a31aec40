import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmPanel } from '../../../app/components/ConfirmPanel';
import { FormError } from '../../../app/components/FormError';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useIssueJob } from '../hooks/useIssueJob';
import { groupEligibility, ineligibleReasons, type ReasonText } from '../lib/eligibility';
import { HolderName } from './HolderName';

export const EligibilityPreviewFragment = graphql(`
  fragment EligibilityPreview_line on CertificateEligibility {
    eligible
    reasons
    enrolment {
      id
      person {
        id
        fullName
        nativeName
      }
      certificate {
        id
        serial
        status
      }
      progress {
        completed
        requirements {
          kind
          met
          moduleId
          actual
          required
          description
        }
        modules {
          module {
            id
            title
          }
        }
      }
    }
  }
`);

/** Who qualifies for a certificate, who already holds one, and for everyone else each unmet rule. */
export function EligibilityPreview({
  cohortId,
  lines: lineRefs,
  action,
}: {
  cohortId: string;
  lines: readonly FragmentType<typeof EligibilityPreviewFragment>[];
  /** The issue button (or the batch's progress), right under the counts so a long list need not be scrolled. */
  action?: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const lines = getFragmentData(EligibilityPreviewFragment, lineRefs);
  const groups = groupEligibility(lines);
  const formatters = useMemo(
    () => ({
      percent: format.percent,
      score: format.score,
      count: (value: number) => new Intl.NumberFormat(format.language).format(value),
    }),
    [format],
  );
  // Each group of keys shares its placeholders, so every call is checked against the English text.
  const sentence = (reason: ReasonText): string => {
    if ('text' in reason) return reason.text;
    switch (reason.key) {
      case 'certificates.reason.approved':
      case 'certificates.reason.actionPlan':
        return t(reason.key);
      case 'certificates.reason.sessionsHeld':
        return t(reason.key, reason.values);
      case 'certificates.reason.attendance':
        return t(reason.key, reason.values);
      case 'certificates.reason.noSessions':
        return t(reason.key, reason.values);
      case 'certificates.reason.postTestNotPassed':
        return t(reason.key, reason.values);
      case 'certificates.reason.postTestNotTaken':
        return t(reason.key, reason.values);
      case 'certificates.preview.revokedSerial':
        return t(reason.key, reason.values);
    }
  };

  if (lines.length === 0) return <p>{t('certificates.preview.empty')}</p>;

  return (
    <div className="eligibility" data-testid="eligibility-preview">
      <p className="eligibility-counts" role="status">
        {/* "0 people qualify" says nothing the notice under the counts does not say better. */}
        {groups.eligible.length > 0 && <span>{t('certificates.preview.eligibleCount', { count: groups.eligible.length })}</span>}
        {groups.revoked.length > 0 && <span>{t('certificates.preview.revokedCount', { count: groups.revoked.length })}</span>}
        {groups.certified.length > 0 && <span>{t('certificates.preview.certifiedCount', { count: groups.certified.length })}</span>}
        {groups.notYet.length > 0 && <span>{t('certificates.preview.notYetCount', { count: groups.notYet.length })}</span>}
      </p>
      {action}

      {groups.eligible.length > 0 && (
        <section aria-labelledby="eligibility-eligible">
          <h3 id="eligibility-eligible">{t('certificates.preview.eligible', { count: groups.eligible.length })}</h3>
          <ul className="name-columns" data-testid="eligible-list">
            {groups.eligible.map((line) => (
              <li key={line.enrolment.id}>
                <span className="name-mark" aria-hidden="true">
                  ✓
                </span>
                <span className="person-name">
                  <HolderName fullName={line.enrolment.person.fullName} nativeName={line.enrolment.person.nativeName} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {groups.notYet.length > 0 && (
        <section aria-labelledby="eligibility-not-yet">
          <h3 id="eligibility-not-yet">{t('certificates.preview.notYet', { count: groups.notYet.length })}</h3>
          <ul className="ineligible-list">
            {groups.notYet.map((line) => (
              <li key={line.enrolment.id} className="card" data-testid="ineligible-line">
                <p className="person-name">
                  <HolderName fullName={line.enrolment.person.fullName} nativeName={line.enrolment.person.nativeName} />
                </p>
                <ul className="reason-list">
                  {ineligibleReasons(line, formatters).map((reason, index) => (
                    <li key={index}>{sentence(reason)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}

      {groups.revoked.length > 0 && (
        <section aria-labelledby="eligibility-revoked">
          <h3 id="eligibility-revoked">{t('certificates.preview.revoked', { count: groups.revoked.length })}</h3>
          <p className="hint">{t('certificates.preview.revokedHelp')}</p>
          <ul className="ineligible-list">
            {groups.revoked.map((line) => (
              <RevokedLine
                key={line.enrolment.id}
                cohortId={cohortId}
                enrolmentId={line.enrolment.id}
                person={line.enrolment.person}
                serial={line.enrolment.certificate?.serial ?? ''}
              />
            ))}
          </ul>
        </section>
      )}

      {groups.certified.length > 0 && (
        // The list of certificates below shows them in full; here they only complete the count.
        <details className="eligibility-certified">
          <summary>
            <h3>{t('certificates.preview.certified', { count: groups.certified.length })}</h3>
          </summary>
          <ul className="name-columns" data-testid="certified-list">
            {groups.certified.map((line) => (
              <li key={line.enrolment.id}>
                <span className="person-name">
                  <HolderName fullName={line.enrolment.person.fullName} nativeName={line.enrolment.person.nativeName} />
                </span>
                {line.enrolment.certificate ? <span className="meta serial">{line.enrolment.certificate.serial}</span> : null}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/**
 * Someone who meets every rule but whose certificate was revoked: a batch leaves them out, and a
 * coordinator may issue them a new certificate on purpose (when the revocation no longer stands).
 */
function RevokedLine({
  cohortId,
  enrolmentId,
  person,
  serial,
}: {
  cohortId: string;
  enrolmentId: string;
  person: { fullName: string; nativeName?: string | null };
  serial: string;
}) {
  const { t } = useTranslation();
  const job = useIssueJob(cohortId);
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="card revoked-line" data-testid="revoked-line">
      <p className="person-name">
        <HolderName fullName={person.fullName} nativeName={person.nativeName} />
      </p>
      <p className="meta">{t('certificates.preview.revokedSerial', { serial })}</p>
      <FormError message={job.error} />
      {confirming ? (
        <ConfirmPanel
          title={t('certificates.preview.issueAgainTitle', { name: person.fullName })}
          confirmLabel={job.starting ? t('certificates.issue.starting') : t('certificates.preview.issueAgain')}
          cancelLabel={t('common.cancel')}
          busy={job.starting}
          onConfirm={() => void job.start([enrolmentId]).then((started) => started && setConfirming(false))}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('certificates.preview.issueAgainBody', { serial })}</p>
        </ConfirmPanel>
      ) : (
        <button type="button" className="button-secondary" disabled={job.jobId !== null} onClick={() => setConfirming(true)}>
          {t('certificates.preview.issueAgain')}
        </button>
      )}
    </li>
  );
}
