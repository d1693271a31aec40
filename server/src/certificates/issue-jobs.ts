import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { IssueJobState } from './models/certificate.model';

export interface IssueJob {
  id: string;
  cohortId: string;
  startedBy: string;
  state: IssueJobState;
  total: number;
  done: number;
  issued: number;
  skipped: number;
  error: string | null;
}

/**
 * Batches being issued, in memory. A batch that dies with the process loses only its progress
 * counter: each certificate is saved in its own transaction and issuing again skips those done.
 */
@Injectable()
export class IssueJobs {
  private readonly jobs = new Map<string, IssueJob>();

  start(cohortId: string, startedBy: string, run: (job: IssueJob) => Promise<{ issued: number; skipped: number }>): IssueJob {
    const running = [...this.jobs.values()].find((job) => job.cohortId === cohortId && job.state === IssueJobState.RUNNING);
    if (running) return running;
    const job: IssueJob = { id: randomUUID(), cohortId, startedBy, state: IssueJobState.RUNNING, total: 0, done: 0, issued: 0, skipped: 0, error: null };
    this.jobs.set(job.id, job);
    run(job).then(
      (result) => Object.assign(job, result, { state: IssueJobState.FINISHED }),
      (error: unknown) => Object.assign(job, { state: IssueJobState.FAILED, error: error instanceof Error ? error.message : String(error) }),
    );
    return job;
  }

  get(id: string): IssueJob | null {
    return this.jobs.get(id) ?? null;
  }
}
