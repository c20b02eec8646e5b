// Handler module for the official SDK's threaded worker in the bench: completes the job.
export default async function completeJob(job) {
  return job.complete();
}
