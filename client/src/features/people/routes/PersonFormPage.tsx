import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { NotFound } from '../../../app/components/NotFound';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { useSaveState } from '../../../app/hooks/useSaveState';
import { getFragmentData } from '../../../gql';
import { PersonForm, PersonFormFragment } from '../components/PersonForm';
import { PersonEditPageQuery } from '../graphql/people';
import { useCreatePerson, useUpdatePerson } from '../hooks/usePersonMutations';
import { toCreatePersonInput, toUpdatePersonInput, type PersonFormValues } from '../lib/person-form-values';

/** Add a person (/people/new) or edit one (/people/:id/edit). */
export default function PersonFormPage() {
  const { id } = useParams();
  return id ? <EditPerson id={id} /> : <CreatePerson />;
}

function CreatePerson() {
  const { t } = useTranslation();
  useDocumentTitle(t('personForm.createTitle'));
  const navigate = useNavigate();
  const [createPerson, { loading }] = useCreatePerson();
  const save = useSaveState();

  async function submit(values: PersonFormValues): Promise<void> {
    save.reset();
    try {
      const { data } = await createPerson({ variables: { input: toCreatePersonInput(values) } });
      if (data) await navigate(`/people/${data.createPerson.person.id}`, { state: { saved: true } });
    } catch (caught: unknown) {
      save.fail(caught);
    }
  }

  return (
    <section className="page">
      <h1>{t('personForm.createTitle')}</h1>
      <PersonForm
        submitting={loading}
        errorText={save.error}
        fieldErrors={save.fields}
        cancelTo="/people"
        onSubmit={(values) => void submit(values)}
      />
    </section>
  );
}

function EditPerson({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, loading: loadingPerson, error, refetch } = useQuery(PersonEditPageQuery, { variables: { id } });
  const person = data?.person;
  const previousOrganisationId = person ? getFragmentData(PersonFormFragment, person).organisation?.id : undefined;
  const [updatePerson, { loading }] = useUpdatePerson(previousOrganisationId);
  const save = useSaveState();
  useDocumentTitle(person ? t('personForm.editTitle', { name: person.fullName }) : t('people.title'));

  if (!data) {
    if (loadingPerson) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  if (!person) return <NotFound message={t('people.notFound')} />;

  async function submit(values: PersonFormValues): Promise<void> {
    save.reset();
    try {
      await updatePerson({ variables: { input: toUpdatePersonInput(id, values) } });
      await navigate(`/people/${id}`, { state: { saved: true } });
    } catch (caught: unknown) {
      save.fail(caught);
    }
  }

  return (
    <section className="page">
      <h1>{t('personForm.editTitle', { name: person.fullName })}</h1>
      <PersonForm
        key={person.id}
        person={person}
        submitting={loading}
        errorText={save.error}
        fieldErrors={save.fields}
        cancelTo={`/people/${id}`}
        onSubmit={(values) => void submit(values)}
      />
    </section>
  );
}
