import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../app/components/fields';
import { FormError } from '../../../app/components/FormError';
import { useSaveState } from '../../../app/hooks/useSaveState';
import { useReissueCertificate, useRevokeCertificate } from '../hooks/useCertificateMutations';

export type CertificateAction = 'revoke' | 'reissue';

/** The server's minimum: verifiers read the reason, so "x" will not do. */
const MIN_REASON_LENGTH = 5;

/**
 * Revoke (with a reason verifiers will read) or re-issue one certificate, in a modal dialog: the
 * browser traps focus inside, Escape cancels, and focus goes back to the button that opened it.
 */
export function CertificateActionDialog({
  action,
  cohortId,
  certificate,
  onClose,
  onDone,
}: {
  action: CertificateAction;
  cohortId: string;
  certificate: { id: string; serial: string; holder: string };
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const save = useSaveState();
  const [revoke, revoking] = useRevokeCertificate(cohortId);
  const [reissue, reissuing] = useReissueCertificate(cohortId);
  const busy = revoking.loading || reissuing.loading;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    save.reset();
    setReasonError(undefined);
    try {
      if (action === 'revoke') {
        const trimmed = reason.trim();
        if (trimmed.length < MIN_REASON_LENGTH) {
          setReasonError(
            trimmed ? t('certificates.revoke.reasonShort', { count: MIN_REASON_LENGTH }) : t('certificates.revoke.reasonRequired'),
          );
          return;
        }
        await revoke({ variables: { input: { certificateId: certificate.id, reason: trimmed } } });
        onDone(t('certificates.revoke.done', { serial: certificate.serial }));
      } else {
        const result = await reissue({ variables: { input: { certificateId: certificate.id } } });
        const serial = result.data?.reissueCertificate.certificate.serial ?? '';
        onDone(t('certificates.reissue.done', { old: certificate.serial, serial }));
      }
      ref.current?.close();
    } catch (caught: unknown) {
      save.fail(caught);
    }
  }

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {action === 'revoke' ? (
          <>
            <h2 id={titleId}>{t('certificates.revoke.title', { serial: certificate.serial })}</h2>
            <p>{t('certificates.revoke.body', { name: certificate.holder })}</p>
            <TextAreaField
              id="revoke-reason"
              label={t('certificates.revoke.reason')}
              hint={t('certificates.revoke.reasonHint')}
              required
              rows={3}
              maxLength={1000}
              value={reason}
              error={reasonError ?? save.fields.reason}
              onValueChange={setReason}
            />
          </>
        ) : (
          <>
            <h2 id={titleId}>{t('certificates.reissue.title', { serial: certificate.serial })}</h2>
            <p>{t('certificates.reissue.body', { name: certificate.holder })}</p>
            <p>{t('certificates.reissue.superseded', { serial: certificate.serial })}</p>
          </>
        )}
        <FormError message={save.error} />
        <div className="actions">
          <button type="submit" className={action === 'revoke' ? 'button-secondary button-danger' : 'button-primary'} disabled={busy}>
            {busy ? t('common.saving') : action === 'revoke' ? t('certificates.revoke.confirm') : t('certificates.reissue.confirm')}
          </button>
          <button type="button" className="button-secondary" disabled={busy} onClick={() => ref.current?.close()}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
