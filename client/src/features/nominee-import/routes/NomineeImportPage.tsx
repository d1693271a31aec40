import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorText } from '../../../app/components/ErrorMessage';
import { FormError } from '../../../app/components/FormError';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { useFormatters } from '../../../app/hooks/useFormatters';
import type { ImportNomineesMutation, NomineeFileInput, PreviewNomineeImportMutation } from '../../../gql/graphql';
import { NomineeFileErrorList } from '../components/NomineeFileErrorList';
import { NomineePreviewTable } from '../components/NomineePreviewTable';
import { useImportNominees, usePreviewNomineeImport } from '../hooks/useNomineeImport';
import {
  checkNomineeFile,
  formatFileSize,
  NOMINEE_COLUMNS,
  NOMINEE_FILE_ACCEPT,
  nomineeTemplateHref,
  readFileAsBase64,
} from '../lib/nominee-file';

type Preview = PreviewNomineeImportMutation['previewNomineeImport'];
type Result = ImportNomineesMutation['importNominees'];

/** Choose a file → the server checks every row → confirm → all-or-nothing import. */
export default function NomineeImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('import.title'));
  const format = useFormatters();
  const errorText = useErrorText();
  const fileInput = useRef<HTMLInputElement>(null);
  const [previewImport, { loading: previewing }] = usePreviewNomineeImport();
  const [importNominees, { loading: importing }] = useImportNominees();
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [file, setFile] = useState<NomineeFileInput | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [result, setResult] = useState<Result | null>(null);

  function reset(): void {
    setProblem(null);
    setFile(null);
    setPreview(null);
    setResult(null);
  }

  async function onFileChosen(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    reset();
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    const fileProblem = checkNomineeFile(chosen);
    if (fileProblem) {
      setProblem(
        fileProblem.kind === 'tooLarge'
          ? t('import.errors.tooLarge', { size: formatFileSize(fileProblem.size, format.language) })
          : t(`import.errors.${fileProblem.kind}`),
      );
      return;
    }
    let input: NomineeFileInput;
    setReading(true);
    try {
      input = { fileName: chosen.name, contentBase64: await readFileAsBase64(chosen) };
    } catch {
      setProblem(t('import.errors.readFailed'));
      return;
    } finally {
      setReading(false);
    }
    try {
      const { data } = await previewImport({ variables: { input } });
      if (data) {
        setFile(input);
        setPreview(data.previewNomineeImport);
      }
    } catch (caught: unknown) {
      setProblem(errorText(caught));
    }
  }

  async function onImport(): Promise<void> {
    if (!file || !preview?.canImport) return;
    setProblem(null);
    try {
      const { data } = await importNominees({ variables: { input: file } });
      if (data) {
        setResult(data.importNominees);
        setPreview(null);
        setFile(null);
        if (fileInput.current) fileInput.current.value = '';
      }
    } catch (caught: unknown) {
      setProblem(errorText(caught));
    }
  }

  function startAgain(): void {
    reset();
    if (fileInput.current) {
      fileInput.current.value = '';
      fileInput.current.focus();
    }
  }

  const busy = reading || previewing || importing;
  const status = reading
    ? t('import.reading')
    : previewing
      ? t('import.checking')
      : importing
        ? t('import.importing')
        : '';

  return (
    <section className="page">
      <h1>{t('import.title')}</h1>
      <p className="lead">{t('import.intro')}</p>
      <details className="help">
        <summary>{t('import.columnsTitle')}</summary>
        <p>{t('import.columnsHelp')}</p>
        <p>
          <code className="columns">{NOMINEE_COLUMNS.join(', ')}</code>
        </p>
        <p>{t('import.matchingHelp')}</p>
        <p>
          <a href={nomineeTemplateHref()} download="nominees-template.csv">
            {t('import.template')}
          </a>
        </p>
      </details>

      <div className="field file-field">
        <label htmlFor="nominee-file">{t('import.file')}</label>
        <p className="hint" id="nominee-file-hint">
          {t('import.fileHint')}
        </p>
        <input
          ref={fileInput}
          id="nominee-file"
          name="nominee-file"
          type="file"
          accept={NOMINEE_FILE_ACCEPT}
          aria-describedby="nominee-file-hint"
          disabled={busy}
          onChange={(event) => void onFileChosen(event)}
        />
      </div>

      <p className="loading" role="status">
        {status}
      </p>
      <FormError message={problem} />

      {result && (
        <section className="card result" aria-labelledby="import-result" data-testid="import-result">
          <h2 id="import-result">{t('import.result.title')}</h2>
          <ul className="counts">
            <li>{t('import.result.created', { count: result.created })}</li>
            <li>{t('import.result.updated', { count: result.updated })}</li>
            <li>{t('import.result.unchanged', { count: result.unchanged })}</li>
          </ul>
          <div className="actions">
            <Link to="/people" className="button-primary">
              {t('import.result.viewPeople')}
            </Link>
            <button type="button" className="button-secondary" onClick={startAgain}>
              {t('import.result.another')}
            </button>
          </div>
        </section>
      )}

      {preview && file && (
        <section aria-labelledby="import-preview" className="import-preview">
          <h2 id="import-preview">{t('import.preview.title', { fileName: file.fileName })}</h2>
          <ImportSummary preview={preview} />
          {preview.fileErrorDetails.length > 0 && (
            <div className="alert alert-error" role="alert">
              <p>{t('import.preview.fileErrors')}</p>
              <NomineeFileErrorList errors={preview.fileErrorDetails} />
            </div>
          )}
          {preview.rows.length > 0 ? (
            <NomineePreviewTable rows={preview.rows} caption={t('import.preview.caption')} />
          ) : (
            <p>{t('import.preview.noRows')}</p>
          )}
          <div className="actions">
            <button
              type="button"
              className="button-primary"
              disabled={!preview.canImport || busy}
              aria-describedby={preview.canImport ? undefined : 'cannot-import'}
              onClick={() => void onImport()}
            >
              {t('import.importButton', { count: preview.validCount })}
            </button>
            <button type="button" className="button-secondary" onClick={startAgain} disabled={busy}>
              {t('import.chooseAnother')}
            </button>
          </div>
          {!preview.canImport && (
            <p className="hint" id="cannot-import">
              {t('import.preview.cannotImport')}
            </p>
          )}
        </section>
      )}
    </section>
  );
}

function ImportSummary({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const count = (action: string) => preview.rows.filter((row) => row.action === action).length;
  return (
    <div className="import-summary" data-testid="import-counts">
      <p>
        <strong>{t('import.preview.valid', { count: preview.validCount })}</strong>
        <span aria-hidden="true"> · </span>
        <strong>{t('import.preview.invalid', { count: preview.invalidCount })}</strong>
      </p>
      <p className="meta">
        {t('import.preview.byAction', { create: count('CREATE'), update: count('UPDATE'), unchanged: count('UNCHANGED') })}
      </p>
    </div>
  );
}
