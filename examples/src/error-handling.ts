// Errors: one family with stable names and codes, guards that work across duplicate installs, typed statuses
// per operation, timeouts and cancellation, a result client, and BPMN errors thrown from a job handler.
import assert from 'node:assert/strict';
import {
  createCamundaClient,
  createCamundaResultClient,
  isAbortError,
  isConfigError,
  isHttpError,
  isOperationError,
  isTimeoutError,
  isValidationError,
  ProcessDefinitionId,
  ProcessInstanceKey,
} from '@camunda-ts/client';
import { createJobWorker, JobError } from '@camunda-ts/worker';
import { resourcePath } from './resources.js';

const client = createCamundaClient();

try {
  // An HTTP error carries the status and the RFC 9457 problem detail.
  try {
    await client.getProcessInstance({ processInstanceKey: ProcessInstanceKey.of('2251799813685249') });
    assert.fail('expected a 404');
  } catch (error) {
    if (!isHttpError(error) || error.status !== 404) throw error;
    console.log(`${error.name} ${error.status} (${error.code}): ${error.title}`);
  }

  // isOperationError narrows `status` to the statuses the API documents for that operation. Camunda answers an
  // unknown process with a 404 that createProcessInstance does not document, so isHttpError catches that one.
  try {
    await client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.of('no-such-process') });
    assert.fail('expected a rejection');
  } catch (error) {
    if (isOperationError(error, 'createProcessInstance')) {
      const documented: 400 | 500 | 503 | 504 | number = error.status;
      console.log(
        `createProcessInstance rejected with ${documented}: ${error.problem.detail ?? error.message}`,
      );
    } else if (isHttpError(error)) {
      console.log(
        `createProcessInstance rejected with ${error.status}: ${error.problem?.detail ?? error.message}`,
      );
    } else throw error;
  }

  // A deployment the engine cannot parse is a 400 whose detail names the problem.
  await assert.rejects(
    client.createDeployment({
      resources: [new File(['<definitions/>'], 'broken.bpmn', { type: 'application/xml' })],
    }),
    (error) => isHttpError(error) && error.status === 400,
  );

  // Every call takes { timeoutMs, signal }: the whole call, retries included.
  await assert.rejects(
    client.activateJobs(
      { type: 'nobody-creates-these', maxJobsToActivate: 1, timeout: 1_000, requestTimeout: 5_000 },
      { timeoutMs: 200 },
    ),
    (error) => isTimeoutError(error) && error.timeoutMs === 200,
  );
  const controller = new AbortController();
  const pending = client.activateJobs(
    { type: 'nobody-creates-these', maxJobsToActivate: 1, timeout: 1_000, requestTimeout: 5_000 },
    { signal: controller.signal },
  );
  controller.abort();
  await assert.rejects(pending, (error) => isAbortError(error));
  console.log('Timeouts and aborts end a call with TimeoutError / AbortError');

  // With CAMUNDA_SDK_VALIDATION=strict a bad request fails before it is sent, listing every issue.
  const strict = createCamundaClient({ config: { CAMUNDA_SDK_VALIDATION: 'strict' } });
  await assert.rejects(
    strict.publishMessage({ name: 'x', correlationKey: 'y', timeToLive: 'soon' as unknown as number }),
    (error) => {
      assert.ok(isValidationError(error));
      console.log(`${error.name} (${error.side}): ${error.issues.map((i) => i.path.join('.')).join(', ')}`);
      return true;
    },
  );
  await strict.close();

  // Bad configuration fails when the client is created, naming every problem at once.
  assert.throws(
    () =>
      createCamundaClient({ config: { CAMUNDA_SDK_HTTP_TIMEOUT_MS: 'soon', CAMUNDA_SDK_LOG_LEVEL: 'loud' } }),
    (error) => isConfigError(error) && error.issues.length === 2,
  );

  // Prefer values to exceptions? The result client resolves { ok, value } | { ok, error }.
  const results = createCamundaResultClient();
  const result = await results.getProcessInstance({
    processInstanceKey: ProcessInstanceKey.of('2251799813685249'),
  });
  assert.ok(!result.ok);
  console.log(`Result client: ok=${result.ok}, ${result.error.name}`);
  await results.close();

  // In a job handler, throwing a JobError raises a BPMN error the process can catch (here: the
  // INVALID_ADDRESS boundary event); throwing anything else fails the job (retries − 1).
  await client.deployResourcesFromFiles([resourcePath('invoice.bpmn')]);
  const worker = createJobWorker(client, {
    jobType: 'send-invoice',
    handler: () => {
      throw new JobError({ errorCode: 'INVALID_ADDRESS', errorMessage: 'No such street' });
    },
  });
  const undeliverable = await client.createProcessInstance({
    processDefinitionId: ProcessDefinitionId.of('invoice'),
    variables: { orderId: 'E-1', amount: 5 },
    awaitCompletion: true,
  });
  await worker.stop();
  const ends = await client.searchElementInstances(
    { filter: { processInstanceKey: undeliverable.processInstanceKey, type: 'END_EVENT' } },
    { consistency: { waitUpToMs: 10_000 } },
  );
  assert.equal(ends.items[0]?.elementId, 'invoice-undeliverable');
  console.log(`BPMN error caught: instance ended at "${ends.items[0]?.elementName}"`);
} finally {
  await client.close();
}
