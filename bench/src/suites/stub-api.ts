import type { JobRunStats } from '../stub/job-pool.js';

/** The methods of the stub server child (see stub/stub-server.ts). */
export type StubApi = {
  info(p: Record<string, never>): { url: string; pid: number };
  resetJobs(p: { jobType: string; total: number }): JobRunStats;
  endJobs(p: Record<string, never>): JobRunStats;
  jobStats(p: Record<string, never>): JobRunStats;
  served(p: Record<string, never>): Record<string, number>;
};
