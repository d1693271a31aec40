import type { CertificateIssueJobState } from '../../../gql/graphql';

/** How often the page asks how far a batch has got. */
export const POLL_INTERVAL_MS = 500;

export interface JobFacts {
  state: CertificateIssueJobState;
  total: number;
  done: number;
  issued: number;
  skipped: number;
  error?: string | null;
}

/** What the progress panel shows. */
export type JobView =
  /** Still working; `total` is 0 until the server has listed who to issue to. */
  | { phase: 'running'; done: number; total: number; percent: number | null }
  | { phase: 'finished'; issued: number; skipped: number; total: number }
  | { phase: 'failed'; done: number; total: number; error: string | null }
  /** The server no longer knows the job (it restarted): whole certificates are kept, issuing again does the rest. */
  | { phase: 'lost' };

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(value, max));
}

export function jobView(job: JobFacts | null | undefined): JobView {
  if (!job) return { phase: 'lost' };
  switch (job.state) {
    case 'RUNNING': {
      const total = Math.max(0, job.total);
      const done = clamp(job.done, total);
      return { phase: 'running', done, total, percent: total > 0 ? Math.round((done / total) * 100) : null };
    }
    case 'FINISHED':
      return { phase: 'finished', issued: job.issued, skipped: job.skipped, total: job.total };
    case 'FAILED':
      return { phase: 'failed', done: clamp(job.done, Math.max(0, job.total)), total: Math.max(0, job.total), error: job.error ?? null };
  }
}

/** Poll while the batch runs; stop once it has finished, failed or gone. */
export function shouldPoll(job: Pick<JobFacts, 'state'> | null | undefined): boolean {
  return job?.state === 'RUNNING';
}
