import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateStatus } from '../../../gql/graphql';
import { checkPdf, type PdfCheck as PdfCheckResult } from '../lib/pdf-hash';

type State = { step: 'idle' } | { step: 'checking'; name: string } | { step: 'done'; name: string; result: PdfCheckResult };

/**
 * "Check a PDF": the visitor drops or picks a file; it is hashed in the browser (it is never
 * uploaded) and compared with the SHA-256 recorded when the certificate was issued.
 */
export function PdfCheck({ expectedSha256, serial, status }: { expectedSha256: string; serial: string; status: CertificateStatus }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);
  // SubtleCrypto exists only in secure contexts (HTTPS, or localhost).
  const subtle = typeof crypto !== 'undefined' ? (crypto.subtle as SubtleCrypto | undefined) : undefined;

  async function check(file: File | undefined): Promise<void> {
    if (!file) return;
    setState({ step: 'checking', name: file.name });
    try {
      setState({ step: 'done', name: file.name, result: await checkPdf(file, expectedSha256, subtle) });
    } catch {
      setState({ step: 'done', name: file.name, result: { kind: 'unavailable' } });
    }
  }

  function onDrop(event: DragEvent<HTMLDivElement>): void {
    event.preventDefault();
    setDragging(false);
    void check(event.dataTransfer.files[0]);
  }

  return (
    <section className="card pdf-check" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t('certificates.pdfCheck.title')}</h2>
      <p>{t('certificates.pdfCheck.intro')}</p>
      {subtle ? (
        <div
          className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label htmlFor={inputId} className="button-secondary">
            {t('certificates.pdfCheck.choose')}
          </label>
          <input
            id={inputId}
            type="file"
            accept="application/pdf,.pdf"
            className="visually-hidden"
            onChange={(event) => {
              void check(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
          <span className="hint">{t('certificates.pdfCheck.drop')}</span>
        </div>
      ) : (
        <p className="notice">{t('certificates.pdfCheck.insecure')}</p>
      )}
      <div aria-live="polite" aria-atomic="true" data-testid="pdf-check-result">
        {state.step === 'checking' && <p className="loading">{t('certificates.pdfCheck.checking', { file: state.name })}</p>}
        {state.step === 'done' && <Outcome name={state.name} result={state.result} serial={serial} status={status} />}
      </div>
    </section>
  );
}

function Outcome({ name, result, serial, status }: { name: string; result: PdfCheckResult; serial: string; status: CertificateStatus }) {
  const { t } = useTranslation();
  switch (result.kind) {
    case 'match':
      return status === 'VALID' ? (
        <p className="alert alert-success" data-result="match">
          <span aria-hidden="true">✓ </span>
          {t('certificates.pdfCheck.match', { file: name, serial })}
        </p>
      ) : (
        <div className="alert alert-warning" data-result="match">
          <p>
            <span aria-hidden="true">✓ </span>
            {t('certificates.pdfCheck.match', { file: name, serial })}
          </p>
          <p>{status === 'REVOKED' ? t('certificates.pdfCheck.matchRevoked') : t('certificates.pdfCheck.matchSuperseded')}</p>
        </div>
      );
    case 'mismatch':
      return (
        <div className="alert alert-error" data-result="mismatch">
          <p>
            <span aria-hidden="true">✕ </span>
            {t('certificates.pdfCheck.mismatch', { file: name, serial })}
          </p>
          <p>{result.notPdf ? t('certificates.pdfCheck.notPdf') : t('certificates.pdfCheck.mismatchHelp')}</p>
          {status === 'REVOKED' && <p>{t('certificates.pdfCheck.revokedCopy')}</p>}
        </div>
      );
    case 'unavailable':
      return (
        <p className="notice" data-result="unavailable">
          {t('certificates.pdfCheck.unavailable')}
        </p>
      );
  }
}
