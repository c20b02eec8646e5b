import { parseBpmn } from '../../src/bpmn/parse-bpmn.js';
import { createDecisionInstanceStore } from '../../src/dmn/decision-instance-store.js';
import { createDecisionRegistry } from '../../src/dmn/decision-registry.js';
import { parseDmn } from '../../src/dmn/parse-dmn.js';
import { createDefinitionRegistry } from '../../src/engine/definition-registry.js';
import { createJobStore } from '../../src/engine/job-store.js';
import { createMessageStore } from '../../src/engine/message-store.js';
import { createProcessExecutor } from '../../src/engine/process-executor.js';
import type { JobRecord, ProcessInstanceRecord } from '../../src/engine/records.js';
import { createVariableStore } from '../../src/engine/variable-store.js';
import { createEngineClock } from '../../src/engine-clock.js';
import type { JsonObject } from '../../src/feel/json-value.js';
import { createKeyGenerator } from '../../src/key-generator.js';

export { bpmn, flows, serviceTask } from './bpmn-xml.js';

/**
 * The executor with real stores and a manual clock, no HTTP: what behaviour unit tests drive.
 */
export function createExecutorHarness() {
  const clock = createEngineClock({ mode: 'manual', startMs: Date.UTC(2026, 0, 1) });
  const keys = createKeyGenerator();
  const definitions = createDefinitionRegistry(keys);
  const variables = createVariableStore(keys);
  const jobs = createJobStore(clock, keys);
  const messages = createMessageStore(clock, keys);
  const decisions = createDecisionRegistry(keys);
  const decisionInstances = createDecisionInstanceStore(clock, keys);
  const executor = createProcessExecutor({
    clock,
    keys,
    definitions,
    variables,
    jobs,
    messages,
    decisions,
    decisionInstances,
  });
  let deployments = 0;

  const harness = {
    clock,
    executor,
    jobs,
    variables,
    messages,
    definitions,
    decisions,
    decisionInstances,
    /** Deploys a DMN resource (as the deployment handler does). */
    async deployDmn(xml: string, resourceName = 'decision.dmn') {
      return decisions.deploy({
        model: await parseDmn(xml, resourceName),
        xml,
        resourceName,
        tenantId: '<default>',
        deploymentKey: `d${++deployments}`,
      });
    },
    async deploy(xml: string, resourceName = 'process.bpmn') {
      const { processes } = await parseBpmn(xml, resourceName);
      const deploymentKey = `d${++deployments}`;
      return processes.map((model) =>
        definitions.deployProcess({ model, xml, resourceName, tenantId: '<default>', deploymentKey }),
      );
    },
    start(processId: string, vars: JsonObject = {}): ProcessInstanceRecord {
      const definition = definitions.latest(processId, '<default>');
      if (definition === undefined) throw new Error(`no process ${processId}`);
      return executor.createInstance(definition, { variables: vars, tags: [], businessId: null });
    },
    /** `elementId:STATE` of every element instance of the process instance, in creation order. */
    trail(pi: ProcessInstanceRecord): string[] {
      return executor
        .elementInstancesOf(pi.key)
        .filter((ei) => ei.node !== undefined)
        .map((ei) => `${ei.elementId}:${ei.state}`);
    },
    /** The active jobs of an instance (any type, or only `type`). */
    activeJobs(pi: ProcessInstanceRecord, type?: string): JobRecord[] {
      return jobs
        .byProcessInstance(pi.key)
        .filter((j) => j.status === 'ACTIVATABLE' && (type === undefined || j.type === type));
    },
    /** Completes the single active job of `type`. */
    completeJob(pi: ProcessInstanceRecord, type: string, vars: JsonObject = {}) {
      const [job, ...more] = harness.activeJobs(pi, type);
      if (job === undefined || more.length > 0) throw new Error(`expected one ${type} job`);
      executor.completeJob(job, vars);
      return job;
    },
    /** Variables of the process-instance scope. */
    globals(pi: ProcessInstanceRecord): JsonObject {
      return variables.visible(pi.root);
    },
    incidents(pi: ProcessInstanceRecord) {
      return executor.incidentsOf(pi.key).filter((i) => i.state === 'ACTIVE');
    },
  };
  return harness;
}
