// Handler module for the camunda-ts worker's `thread` strategy in the bench: returning completes the job.
export default async function completeJob() {
  return undefined;
}
