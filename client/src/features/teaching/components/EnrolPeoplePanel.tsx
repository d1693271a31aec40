import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorText } from '../../../app/components/ErrorMessage';
import { FormError } from '../../../app/components/FormError';
import { useFormatters } from '../../../app/hooks/useFormatters';
import type { NomineeFileInput, PreviewNomineeImportMutation as PreviewResult } from '../../../gql/graphql';
import { NomineeFileErrorList } from '../../nominee-import/components/NomineeFileErrorList';
import { NomineePreviewTable } from '../../nominee-import/components/NomineePreviewTable';
import { PreviewNomineeImportMutation } from '../../nominee-import/graphql/nominee-import';
import { checkNomineeFile, formatFileSize, NOMINEE_FILE_ACCEPT, readFileAsBase64 } from '../../nominee-import/lib/nominee-file';
import { EnrolPeopleSearchQuery } from '../graphql/cohort';
import { useEnrolPeople, useImportNomineesForCohort } from '../hooks/useTeachingMutations';
import { PersonChoiceLabel, readPersonChoices, type PersonChoiceData } from './PersonChoice';

const SEARCH_PAGE = 20;

/**
 * A coordinator enrols people directly (approved, no application): found by search, or everyone
 * in a nominee list imported here.
 */
export function EnrolPeoplePanel({ cohortId, placesLeft }: { cohortId: string; placesLeft: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [selected, setSelected] = useState<PersonChoiceData[]>([]);
  const [enrolPeople, { loading: enrolling }] = useEnrolPeople(cohortId);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const isSelected = (id: string) => selected.some((person) => person.id === id);
  function toggle(person: PersonChoiceData, checked: boolean): void {
    setSelected((previous) =>
      checked ? [...previous.filter((item) => item.id !== person.id), person] : previous.filter((item) => item.id !== person.id),
    );
  }
  function addAll(people: readonly PersonChoiceData[]): void {
    setSelected((previous) => [...previous, ...people.filter((person) => !previous.some((item) => item.id === person.id))]);
  }

  async function enrol(): Promise<void> {
    setError(null);
    setDone(null);
    try {
      const { data } = await enrolPeople({ variables: { input: { cohortId, personIds: selected.map((person) => person.id) } } });
      if (!data) return;
      const { enrolled, alreadyEnrolled } = data.enrolPeople;
      setSelected([]);
      setDone(
        [
          t('teaching.enrol.done', { count: enrolled.length }),
          alreadyEnrolled.length > 0
            ? t('teaching.enrol.already', {
                count: alreadyEnrolled.length,
                names: alreadyEnrolled.map((person) => person.fullName).join(', '),
              })
            : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
    } catch (caught: unknown) {
      setError(errorText(caught));
    }
  }

  return (
    <section aria-labelledby="enrol-people" className="card enrol-panel">
      <h2 id="enrol-people">{t('teaching.enrol.title')}</h2>
      <p className="hint">{t('teaching.enrol.intro', { count: Math.max(placesLeft, 0) })}</p>
      <PeopleSearch isSelected={isSelected} onToggle={toggle} />
      <NomineeFileEnrol onImported={addAll} />
      <div className="enrol-selection" aria-live="polite">
        <h3>{t('teaching.enrol.selected', { count: selected.length })}</h3>
        {selected.length > 0 ? (
          <ul className="plain-list selection-list">
            {selected.map((person) => (
              <li key={person.id}>
                <PersonChoiceLabel person={person} />{' '}
                <button
                  type="button"
                  className="button-link"
                  aria-label={t('teaching.enrol.removeLabel', { name: person.fullName })}
                  onClick={() => toggle(person, false)}
                >
                  {t('teaching.enrol.remove')}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <FormError message={error} />
      <div aria-live="polite">{done ? <p className="alert alert-success">{done}</p> : null}</div>
      <div className="actions">
        <button type="button" className="button-primary" disabled={selected.length === 0 || enrolling} onClick={() => void enrol()}>
          {enrolling ? t('common.saving') : t('teaching.enrol.submit', { count: selected.length })}
        </button>
      </div>
    </section>
  );
}

function PeopleSearch({
  isSelected,
  onToggle,
}: {
  isSelected: (id: string) => boolean;
  onToggle: (person: PersonChoiceData, checked: boolean) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const { data, loading, error } = useQuery(EnrolPeopleSearchQuery, {
    variables: { filter: { search }, first: SEARCH_PAGE },
    skip: search === '',
  });
  const people = data ? readPersonChoices(data.people.edges.map((edge) => edge.node)) : [];
  const errorText = useErrorText();

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setSearch(text.trim());
  }

  return (
    <div className="enrol-search">
      <form role="search" className="search-form" onSubmit={submit}>
        <label htmlFor="enrol-search">{t('teaching.enrol.search')}</label>
        <div className="search-row">
          <input id="enrol-search" type="search" value={text} maxLength={100} onChange={(event) => setText(event.target.value)} />
          <button type="submit" className="button-secondary">
            {t('common.search')}
          </button>
        </div>
      </form>
      <p className="loading" role="status">
        {search && loading ? t('app.loading') : search && data ? t('teaching.enrol.found', { count: data.people.totalCount }) : ''}
      </p>
      <FormError message={error ? errorText(error) : null} />
      {people.length > 0 ? (
        <ul className="plain-list choice-list" aria-label={t('teaching.enrol.results')}>
          {people.map((person) => (
            <li key={person.id}>
              <label className="checkbox">
                <input type="checkbox" checked={isSelected(person.id)} onChange={(event) => onToggle(person, event.target.checked)} />
                <PersonChoiceLabel person={person} />
              </label>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

type Preview = PreviewResult['previewNomineeImport'];

/** Choose a nominee list → check it → import it and select everyone in it. */
function NomineeFileEnrol({ onImported }: { onImported: (people: readonly PersonChoiceData[]) => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorText = useErrorText();
  const fileInput = useRef<HTMLInputElement>(null);
  const [previewImport, { loading: previewing }] = useMutation(PreviewNomineeImportMutation);
  const [importNominees, { loading: importing }] = useImportNomineesForCohort();
  const [file, setFile] = useState<NomineeFileInput | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);

  async function onFileChosen(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    setProblem(null);
    setPreview(null);
    setFile(null);
    setResult(null);
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
    try {
      const input = { fileName: chosen.name, contentBase64: await readFileAsBase64(chosen) };
      const { data } = await previewImport({ variables: { input } });
      if (data) {
        setFile(input);
        setPreview(data.previewNomineeImport);
      }
    } catch (caught: unknown) {
      setProblem(errorText(caught));
    }
  }

  async function importAndSelect(): Promise<void> {
    if (!file) return;
    setProblem(null);
    try {
      const { data } = await importNominees({ variables: { input: file } });
      if (!data) return;
      const people = readPersonChoices(data.importNominees.people);
      onImported(people);
      setResult(t('teaching.enrol.imported', { count: people.length }));
      setPreview(null);
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
    } catch (caught: unknown) {
      setProblem(errorText(caught));
    }
  }

  return (
    <details className="help nominee-enrol">
      <summary>{t('teaching.enrol.fromFile')}</summary>
      <p className="hint">{t('teaching.enrol.fromFileHint')}</p>
      <div className="field">
        <label htmlFor="enrol-nominee-file">{t('import.file')}</label>
        <input
          ref={fileInput}
          id="enrol-nominee-file"
          type="file"
          accept={NOMINEE_FILE_ACCEPT}
          disabled={previewing || importing}
          onChange={(event) => void onFileChosen(event)}
        />
      </div>
      <p className="loading" role="status">
        {previewing ? t('import.checking') : importing ? t('import.importing') : (result ?? '')}
      </p>
      <FormError message={problem} />
      {preview && file ? (
        preview.canImport ? (
          <div className="actions">
            <button type="button" className="button-secondary" disabled={importing} onClick={() => void importAndSelect()}>
              {t('teaching.enrol.importAndSelect', { count: preview.validCount })}
            </button>
          </div>
        ) : (
          <div>
            <p className="alert alert-error">
              {t('import.preview.cannotImport')} <Link to="/import">{t('teaching.enrol.openImport')}</Link>
            </p>
            {preview.fileErrorDetails.length > 0 ? <NomineeFileErrorList errors={preview.fileErrorDetails} /> : null}
            {preview.rows.length > 0 ? <NomineePreviewTable rows={preview.rows} caption={t('import.preview.caption')} /> : null}
          </div>
        )
      ) : null}
    </details>
  );
}
