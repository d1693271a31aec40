import { skipToken, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { toApiError } from '../../../app/errors/to-api-error';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { PdfCheck } from '../components/PdfCheck';
import { VerificationResult } from '../components/VerificationResult';
import { VerifyCertificateQuery } from '../graphql/certificates';
import { verifyPath } from '../lib/urls';
import '../certificates.css';

/**
 * /verify/:code, the QR code's target: public, for anyone holding a certificate or its link. It
 * says plainly whether the certificate is valid, shows what it certifies, and checks a PDF.
 */
export default function VerifyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('certificates.verify.title'));
  const { code = '' } = useParams();
  const trimmed = code.trim();
  const { data, loading, error, refetch } = useQuery(
    VerifyCertificateQuery,
    trimmed ? { variables: { code: trimmed }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const verification = data?.verifyCertificate;

  let body;
  if (!trimmed) {
    body = <h1>{t('certificates.verify.title')}</h1>;
  } else if (!verification) {
    if (error) {
      const apiError = toApiError(error);
      // A public query is refused only when this address has asked too often.
      body =
        apiError.kind === 'graphql' && apiError.code === 'FORBIDDEN' ? (
          <p className="alert alert-error" role="alert">
            {t('certificates.verify.tooMany')}
          </p>
        ) : (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        );
    } else if (loading) {
      body = <Loading />;
    }
  } else if (!verification.found || !verification.status) {
    body = (
      <div className="verify-status verify-status-unknown" data-testid="verify-status" data-status="NOT_FOUND">
        <span className="verify-icon" aria-hidden="true">
          ?
        </span>
        <div className="verify-status-text">
          <h1>{t('certificates.verify.notFound')}</h1>
          <p>{t('certificates.verify.notFoundBody')}</p>
          <p className="meta">
            {t('certificates.verify.codeLabel')} <code>{trimmed}</code>
          </p>
        </div>
      </div>
    );
  } else {
    body = (
      <>
        <VerificationResult verification={verification} status={verification.status} />
        {verification.pdfSha256 && verification.serial ? (
          <PdfCheck expectedSha256={verification.pdfSha256} serial={verification.serial} status={verification.status} />
        ) : null}
      </>
    );
  }

  return (
    <section className="page verify-page">
      <p className="eyebrow">{t('certificates.verify.eyebrow')}</p>
      {body}
      <CodeForm key={trimmed} initial={verification?.found ? '' : trimmed} open={!trimmed || verification?.found === false} />
    </section>
  );
}

/** For a code read off a printed certificate, or a link that lost its end. */
function CodeForm({ initial, open }: { initial: string; open: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState(initial);

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    // People paste the whole link as often as the code: keep what follows the last slash.
    const next = value.trim().split('/').filter(Boolean).at(-1) ?? '';
    if (next) void navigate(verifyPath(next));
  }

  const form = (
    <form className="search-form verify-code-form" onSubmit={onSubmit}>
      <label htmlFor="verify-code">{t('certificates.verify.codeField')}</label>
      <div className="search-row">
        <input
          id="verify-code"
          name="code"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit" className="button-primary">
          {t('certificates.verify.check')}
        </button>
      </div>
    </form>
  );

  if (open) return <section className="verify-another">{form}</section>;
  return (
    <details className="help verify-another">
      <summary>{t('certificates.verify.another')}</summary>
      {form}
    </details>
  );
}
