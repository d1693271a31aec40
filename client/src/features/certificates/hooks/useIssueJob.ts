import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useErrorText } from '../../../app/components/ErrorMessage';
import { withParam } from '../../../app/search-params';
import { useStartCertificateIssue } from './useCertificateMutations';

/** The batch being followed is in the address (?job=…), so a reload keeps following it. */
const JOB_PARAM = 'job';

/** Starts a batch for some enrolments of a cohort and remembers which one the page follows. */
export function useIssueJob(cohortId: string) {
  const errorText = useErrorText();
  const [searchParams, setSearchParams] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [startIssue, { loading }] = useStartCertificateIssue();

  return {
    jobId: searchParams.get(JOB_PARAM),
    starting: loading,
    error,
    /** Resolves true once the batch runs on the server. */
    start: async (enrolmentIds: readonly string[]): Promise<boolean> => {
      setError(null);
      try {
        const result = await startIssue({ variables: { input: { cohortId, enrolmentIds: [...enrolmentIds] } } });
        const id = result.data?.startCertificateIssue.job.id;
        if (id) setSearchParams((current) => withParam(current, JOB_PARAM, id), { replace: true });
        return true;
      } catch (caught: unknown) {
        setError(errorText(caught));
        return false;
      }
    },
    forget: (): void => {
      setSearchParams((current) => withParam(current, JOB_PARAM, null), { replace: true });
    },
  };
}
