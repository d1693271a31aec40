import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../app/components/fields';
import { FormError } from '../../../app/components/FormError';
import { useSaveState } from '../../../app/hooks/useSaveState';
import { useWithdrawEnrolment } from '../hooks/useLearningMutations';
import { ConfirmPanel } from '../../../app/components/ConfirmPanel';

/** Withdraw an application or a place, with an optional reason for the coordinators. */
export function WithdrawEnrolment({ enrolmentId, approved }: { enrolmentId: string; approved: boolean }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [withdraw, { loading }] = useWithdrawEnrolment(enrolmentId);
  const save = useSaveState();

  async function confirm(): Promise<void> {
    save.reset();
    try {
      await withdraw({ variables: { input: { enrolmentId, reason: reason.trim() || null } } });
      setConfirming(false);
    } catch (caught: unknown) {
      save.fail(caught);
    }
  }

  return (
    <details className="withdraw">
      <summary>{approved ? t('learning.withdraw.titleApproved') : t('learning.withdraw.title')}</summary>
      <p>{approved ? t('learning.withdraw.helpApproved') : t('learning.withdraw.help')}</p>
      <TextAreaField
        id="withdraw-reason"
        label={t('learning.withdraw.reason')}
        hint={t('learning.withdraw.reasonHint')}
        rows={3}
        value={reason}
        error={save.fields.reason}
        onValueChange={setReason}
      />
      <FormError message={save.error} />
      {confirming ? (
        <ConfirmPanel
          title={t('learning.withdraw.confirm')}
          confirmLabel={loading ? t('common.saving') : t('learning.withdraw.action')}
          cancelLabel={t('common.cancel')}
          busy={loading}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
          {t('learning.withdraw.action')}
        </button>
      )}
    </details>
  );
}
