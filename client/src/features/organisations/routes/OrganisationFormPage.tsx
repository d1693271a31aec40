import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { NotFound } from '../../../app/components/NotFound';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { useSaveState } from '../../../app/hooks/useSaveState';
import { OrganisationForm } from '../components/OrganisationForm';
import { OrganisationEditPageQuery } from '../graphql/organisations';
import { useCreateOrganisation, useUpdateOrganisation } from '../hooks/useOrganisationMutations';
import {
  toCreateOrganisationInput,
  toUpdateOrganisationInput,
  type OrganisationFormValues,
} from '../lib/organisation-form-values';

/** Add an organisation (/organisations/new) or edit one (/organisations/:id/edit). */
export default function OrganisationFormPage() {
  const { id } = useParams();
  return id ? <EditOrganisation id={id} /> : <CreateOrganisation />;
}

function CreateOrganisation() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisationForm.createTitle'));
  const navigate = useNavigate();
  const [createOrganisation, { loading }] = useCreateOrganisation();
  const save = useSaveState();

  async function submit(values: OrganisationFormValues): Promise<void> {
    save.reset();
    try {
      const { data } = await createOrganisation({ variables: { input: toCreateOrganisationInput(values) } });
      if (data) await navigate(`/organisations/${data.createOrganisation.organisation.id}`, { state: { saved: true } });
    } catch (caught: unknown) {
      save.fail(caught);
    }
  }

  return (
    <section className="page">
      <h1>{t('organisationForm.createTitle')}</h1>
      <OrganisationForm
        submitting={loading}
        errorText={save.error}
        fieldErrors={save.fields}
        cancelTo="/organisations"
        onSubmit={(values) => void submit(values)}
      />
    </section>
  );
}

function EditOrganisation({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, loading: loadingOrganisation, error, refetch } = useQuery(OrganisationEditPageQuery, {
    variables: { id },
  });
  const [updateOrganisation, { loading }] = useUpdateOrganisation();
  const save = useSaveState();
  const organisation = data?.organisation;
  useDocumentTitle(organisation ? t('organisationForm.editTitle', { name: organisation.name }) : t('organisations.title'));

  if (!data) {
    if (loadingOrganisation) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  if (!organisation) return <NotFound message={t('organisations.notFound')} />;

  async function submit(values: OrganisationFormValues): Promise<void> {
    save.reset();
    try {
      await updateOrganisation({ variables: { input: toUpdateOrganisationInput(id, values) } });
      await navigate(`/organisations/${id}`, { state: { saved: true } });
    } catch (caught: unknown) {
      save.fail(caught);
    }
  }

  return (
    <section className="page">
      <h1>{t('organisationForm.editTitle', { name: organisation.name })}</h1>
      <OrganisationForm
        key={organisation.id}
        organisation={organisation}
        submitting={loading}
        errorText={save.error}
        fieldErrors={save.fields}
        cancelTo={`/organisations/${id}`}
        onSubmit={(values) => void submit(values)}
      />
    </section>
  );
}
