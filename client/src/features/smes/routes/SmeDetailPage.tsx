import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { NotFound } from '../../../app/components/NotFound';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { hasAnyRole, staffRoles, useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { SmeDetails } from '../components/SmeDetails';
import { SmeEditForm } from '../components/SmeEditForm';
import { SmeSupportsTable } from '../components/SmeSupportsTable';
import { SmeDetailPageQuery } from '../graphql/smes';
import '../smes.css';

/** /smes/:smeId: the SME's details, who supported it and how; coordinators correct the details here. */
export default function SmeDetailPage() {
  const { t } = useTranslation();
  const { smeId = '' } = useParams();
  const { user } = useCurrentUser();
  const canEdit = hasAnyRole(user?.roles, staffRoles);
  const { data, loading, error, refetch } = useQuery(SmeDetailPageQuery, { variables: { id: smeId } });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const sme = data?.sme;
  useDocumentTitle(sme?.name ?? t('smes.title'));

  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  if (!sme) return <NotFound message={t('smes.notFound')} />;

  return (
    <section className="page sme-page">
      <p className="breadcrumb">
        <Link to="/smes">{t('smes.back')}</Link>
      </p>
      <div className="page-heading">
        <h1>{sme.name}</h1>
        {canEdit && !editing && (
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('smes.detail.edit')}
          </button>
        )}
      </div>
      <div aria-live="polite">{saved && !editing ? <p className="alert alert-success">{t('smes.detail.saved')}</p> : null}</div>
      {editing ? (
        <SmeEditForm
          sme={sme}
          onDone={(done) => {
            setEditing(false);
            setSaved(done);
          }}
        />
      ) : (
        <SmeDetails sme={sme} />
      )}
      <section aria-labelledby="sme-supports-title">
        <h2 id="sme-supports-title">{t('smes.detail.supportsTitle')}</h2>
        <SmeSupportsTable sme={sme} />
      </section>
    </section>
  );
}
