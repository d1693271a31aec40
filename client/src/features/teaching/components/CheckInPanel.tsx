import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/components/ErrorMessage';
import { FormError } from '../../../app/components/FormError';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useCloseCheckIn, useOpenCheckIn } from '../hooks/useTeachingMutations';
import { checkInUrl } from '../lib/qr';
import { QrCode } from './QrCode';

export const CheckInPanelFragment = graphql(`
  fragment CheckInPanel_session on TrainingSession {
    id
    inProgress
    cancelled
    checkInOpen
    checkInCode
  }
`);

/**
 * Self check-in for a session in progress: the trainer shows a code (and a QR code with it) on the
 * projector; trainees enter it on their phones and appear on the sheet.
 */
export function CheckInPanel({
  session: sessionRef,
  selfCheckIns,
}: {
  session: FragmentType<typeof CheckInPanelFragment>;
  selfCheckIns: number;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const session = getFragmentData(CheckInPanelFragment, sessionRef);
  const [openCheckIn, { loading: opening }] = useOpenCheckIn();
  const [closeCheckIn, { loading: closing }] = useCloseCheckIn();
  const [error, setError] = useState<string | null>(null);

  async function run(action: (options: { variables: { sessionId: string } }) => Promise<unknown>): Promise<void> {
    setError(null);
    try {
      await action({ variables: { sessionId: session.id } });
    } catch (caught: unknown) {
      setError(errorText(caught));
    }
  }

  if (session.cancelled || !session.inProgress) return null;
  const code = session.checkInOpen ? session.checkInCode : null;
  return (
    <section aria-labelledby="check-in-title" className="card check-in-panel" data-testid="check-in-panel">
      <h2 id="check-in-title">{t('teaching.checkIn.title')}</h2>
      <FormError message={error} />
      {code ? (
        <>
          <div className="check-in-show">
            <div>
              <p className="hint">{t('teaching.checkIn.codeLabel')}</p>
              <p
                className="check-in-code"
                data-testid="check-in-code"
                aria-label={t('teaching.checkIn.codeSpelled', { code: code.split('').join(' ') })}
              >
                {code}
              </p>
              <p className="hint">{t('teaching.checkIn.instructions')}</p>
              <p className="meta" role="status">
                {t('teaching.checkIn.count', { count: selfCheckIns })}
              </p>
            </div>
            <QrCode text={checkInUrl(window.location.origin, session.id, code)} label={t('teaching.checkIn.qrLabel', { code })} />
          </div>
          <div className="actions">
            <button type="button" className="button-secondary" disabled={closing} onClick={() => void run(closeCheckIn)}>
              {t('teaching.checkIn.close')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="hint">{t('teaching.checkIn.intro')}</p>
          <button type="button" className="button-primary" disabled={opening} onClick={() => void run(openCheckIn)}>
            {t('teaching.checkIn.open')}
          </button>
        </>
      )}
    </section>
  );
}
