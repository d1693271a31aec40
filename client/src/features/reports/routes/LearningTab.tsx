import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { ExportLinks } from '../components/ExportLinks';
import { GainSummary } from '../components/GainSummary';
import { KnowledgeGainChart } from '../components/KnowledgeGainChart';
import { ModuleResults } from '../components/ModuleResults';
import { ReportLearningQuery } from '../graphql/reports';
import { useReportFilter } from '../hooks/useReportFilter';

/** Knowledge gain (pre- against post-test) overall, by country and sex, by module and by question. */
export default function LearningTab() {
  const { t } = useTranslation();
  const { filter } = useReportFilter();
  const { data, loading, error, refetch } = useQuery(ReportLearningQuery, { variables: { filter }, fetchPolicy: 'cache-and-network' });
  const results = data?.learningResults;

  return (
    <section aria-labelledby="learning-title">
      <div className="section-heading">
        <h2 id="learning-title">{t('reports.learning.title')}</h2>
        <ExportLinks report="learning-results" name={t('reports.learning.title')} filter={filter} />
      </div>
      <p className="hint">{t('reports.learning.intro')}</p>
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {!data && loading ? <Loading /> : null}
      {results ? (
        <div className={loading ? 'report-body is-refreshing' : 'report-body'} aria-busy={loading}>
          <GainSummary gain={results.overall} />
          <div className="chart-grid">
            <KnowledgeGainChart cells={results.byCountry} split="COUNTRY" title={t('reports.learning.byCountry')} testId="gain-by-country" />
            <KnowledgeGainChart cells={results.bySex} split="SEX" title={t('reports.learning.bySex')} testId="gain-by-sex" />
          </div>
          <h3>{t('reports.learning.byModule')}</h3>
          <ModuleResults results={results.byModule} />
        </div>
      ) : null}
    </section>
  );
}
