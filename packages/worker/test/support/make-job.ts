import type { ActivatedJob } from '../../src/job-types.js';

let counter = 0;

/** A complete activated job with sensible values; `overrides` win. */
export function makeJob(overrides: Partial<ActivatedJob> = {}): ActivatedJob {
  counter++;
  // Plain strings stand in for the branded key types: the worker passes keys through untouched.
  const job = {
    type: 'test-job',
    processDefinitionId: 'order-process',
    processDefinitionVersion: 1,
    elementId: 'Task_1',
    customHeaders: {},
    worker: 'test-worker',
    retries: 3,
    deadline: Date.now() + 60_000,
    variables: {},
    tenantId: '<default>',
    physicalTenantId: 'default',
    jobKey: String(2251799813685000 + counter),
    processInstanceKey: '2251799813680001',
    processDefinitionKey: '2251799813670001',
    elementInstanceKey: String(2251799813690000 + counter),
    kind: 'BPMN_ELEMENT',
    listenerEventType: 'UNSPECIFIED',
    userTask: null,
    tags: [],
    rootProcessInstanceKey: null,
    businessId: null,
    priority: 0,
    leaseToken: null,
  };
  return { ...(job as unknown as ActivatedJob), ...overrides };
}
