// Every (search operation, filter/sort/page field) pair of the spec, sent through the client's method to the
// in-memory engine in fidelity mode: each must answer 200. The table of fields is generated from the spec, so a
// field added to the spec is swept here without anyone writing a test for it.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  bpmnFixtures,
  type SearchFilterFieldSpec,
  searchFields,
  startTestEngine,
  type TestEngine,
} from '@camunda-ts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CamundaClient, createCamundaClient, isHttpError } from '../src/index.js';

type Invoke = (input: Record<string, unknown>) => Promise<unknown>;

const SAMPLE_DATE = '2026-01-01T00:00:00.000Z';

/** A value of the field's type that the spec's request schema accepts. */
function sample(type: string, values: readonly string[] | undefined, example: string | undefined): unknown {
  switch (type) {
    case 'key':
      return '1';
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'dateTime':
      return SAMPLE_DATE;
    case 'enum':
      return values?.[0] ?? 'x';
    default:
      return example ?? 'x';
  }
}

/** The forms a filter property is sent in: its exact value, then once per advanced operator. */
function filterForms(spec: SearchFilterFieldSpec): Array<{ form: string; value: unknown }> {
  if (spec.type === 'variables') {
    return [
      { form: 'exact', value: [{ name: 'x', value: '"x"' }] },
      { form: '$like', value: [{ name: 'x', value: { $like: '*' } }] },
    ];
  }
  if (spec.type === 'map') return [{ form: 'exact', value: { x: { $eq: 'x' } } }];
  const itemType = spec.type === 'list' ? (spec.itemType ?? 'string') : spec.type;
  const v = sample(itemType, spec.values, spec.example);
  const wrap = (value: unknown) => (spec.type === 'list' ? [value] : value);
  const forms: Array<{ form: string; value: unknown }> = [{ form: 'exact', value: wrap(v) }];
  for (const op of spec.operators) {
    let arg: unknown = v;
    if (op === '$exists') arg = true;
    else if (op === '$in' || op === '$notIn') arg = [v];
    else if (op === '$like') arg = `${String(v).slice(0, 1)}*`;
    forms.push({ form: op, value: wrap({ [op]: arg }) });
  }
  return forms;
}

interface Outcome {
  readonly operationId: string;
  readonly field: string;
  readonly problem: string;
}

describe('every search field of the spec through the client', () => {
  let engine: TestEngine;
  let client: CamundaClient;
  const pathValues: Record<string, string> = {};

  beforeAll(async () => {
    // Basic auth: the searches of the caller's own authorizations need an authenticated principal.
    engine = await startTestEngine({ validateResponses: true, auth: 'basic' });
    client = createCamundaClient({
      env: {},
      config: {
        CAMUNDA_REST_ADDRESS: engine.restAddress,
        CAMUNDA_AUTH_STRATEGY: 'BASIC',
        CAMUNDA_BASIC_AUTH_USERNAME: 'demo',
        CAMUNDA_BASIC_AUTH_PASSWORD: 'demo',
      },
    });
    const deployment = await client.createDeployment({
      resources: Object.values(bpmnFixtures).map(
        (f) => new File([f.xml], f.resourceName, { type: 'application/xml' }),
      ),
    });
    const definition = deployment.deployments
      .map((d) => d.processDefinition)
      .find((p) => p?.processDefinitionId === bpmnFixtures.userTaskProcess.processDefinitionId);
    if (definition === undefined || definition === null) throw new Error('user task process not deployed');
    pathValues.processDefinitionKey = definition.processDefinitionKey;
    const instance = await client.createProcessInstance({
      processDefinitionKey: definition.processDefinitionKey,
    });
    pathValues.processInstanceKey = instance.processInstanceKey;
    const tasks = await client.searchUserTasks(
      { filter: { processInstanceKey: instance.processInstanceKey } },
      { consistency: { waitUpToMs: 5_000, predicate: (r) => r.items.length > 0 } },
    );
    const task = tasks.items[0];
    if (task === undefined) throw new Error('no user task');
    pathValues.userTaskKey = task.userTaskKey;
    pathValues.elementInstanceKey = task.elementInstanceKey;
    // An agent instance on the user task's element, for the search of its history.
    const agent = await client.createAgentInstance({ elementInstanceKey: task.elementInstanceKey });
    pathValues.agentInstanceKey = agent.agentInstanceKey;
    // Identity entities the member searches are scoped to; engines without them leave the searches unswept.
    const call = client as unknown as Record<string, Invoke>;
    for (const [param, op, input] of [
      ['groupId', 'createGroup', { groupId: 'sweep-group', name: 'Sweep group' }],
      ['roleId', 'createRole', { roleId: 'sweep-role', name: 'Sweep role' }],
      ['tenantId', 'createTenant', { tenantId: 'sweep-tenant', name: 'Sweep tenant' }],
    ] as const) {
      try {
        await call[op]?.(input);
        pathValues[param] = input[param as keyof typeof input] as string;
      } catch {
        // left out: the sweep reports these operations as not implemented
      }
    }
  });

  afterAll(async () => {
    await client?.close();
    await engine?.stop();
  });

  it('answers 200 for every filter, sort and page field of every implemented search operation', {
    timeout: 300_000,
  }, async () => {
    const call = client as unknown as Record<string, Invoke>;
    // Cursors are opaque: the cursor forms are sent with one the engine issued.
    const first = await client.searchProcessInstances({ page: { limit: 1 } });
    const cursor = first.page.endCursor;
    if (typeof cursor !== 'string') throw new Error('the engine issued no cursor');
    const failures: Outcome[] = [];
    const notImplemented: string[] = [];
    let total = 0;
    let supported = 0;
    // Request properties an operation requires besides its filter, sort and page.
    const required: Record<string, Record<string, unknown>> = {
      migrateProcessInstancesBatchOperation: {
        migrationPlan: {
          targetProcessDefinitionKey: pathValues.processDefinitionKey,
          mappingInstructions: [],
        },
      },
      modifyProcessInstancesBatchOperation: { moveInstructions: [] },
      updateJobsBatchOperation: { changeset: { retries: 1 } },
      getProcessInstanceStatisticsByDefinition: { filter: { errorHashCode: 1 } },
      getJobTypeStatistics: { filter: { from: SAMPLE_DATE, to: SAMPLE_DATE } },
      getJobWorkerStatistics: { filter: { from: SAMPLE_DATE, to: SAMPLE_DATE, jobType: 'x' } },
      getJobTimeSeriesStatistics: { filter: { from: SAMPLE_DATE, to: SAMPLE_DATE, jobType: 'x' } },
      getJobErrorStatistics: { filter: { from: SAMPLE_DATE, to: SAMPLE_DATE, jobType: 'x' } },
      getProcessDefinitionInstanceVersionStatistics: {
        filter: { processDefinitionId: bpmnFixtures.userTaskProcess.processDefinitionId },
      },
    };
    // Values the spec gives only in prose: a placeholder would be rejected for its format.
    const examples: Record<string, string> = { 'getJobTimeSeriesStatistics.resolution': 'PT1M' };
    // Operations that change state (batch operations) go last, so they cannot change what the searches see.
    const changesState = (operationId: string) => !/^(search|get)/.test(operationId);
    const sweepOrder = Object.entries(searchFields).sort(
      ([a], [b]) => Number(changesState(a)) - Number(changesState(b)),
    );
    for (const [operationId, spec] of sweepOrder) {
      const fields = Object.keys(spec.filters).length + spec.sorts.length + spec.page.length;
      total += fields;
      const method = call[operationId]?.bind(client);
      if (method === undefined) throw new Error(`the client has no method ${operationId}`);
      const params: Record<string, string> = {};
      const unseeded: string[] = [];
      for (const [, name] of spec.path.matchAll(/\{(\w+)\}/g)) {
        const value = pathValues[name as string];
        if (value === undefined) unseeded.push(name as string);
        else params[name as string] = value;
      }
      // A search scoped to an entity the engine cannot create yet (no create operation answered).
      if (unseeded.length > 0) {
        notImplemented.push(`${operationId} (no ${unseeded.join(', ')})`);
        continue;
      }
      const base = required[operationId] ?? {};
      const send = async (body: Record<string, unknown>): Promise<string | undefined> => {
        const filter =
          base.filter === undefined && body.filter === undefined
            ? {}
            : { filter: { ...(base.filter as object | undefined), ...(body.filter as object | undefined) } };
        try {
          await method({ ...params, ...base, ...body, ...filter });
          return undefined;
        } catch (error) {
          if (isHttpError(error)) return `${error.status} ${error.message}`;
          return String(error);
        }
      };
      const probe = await send({});
      if (probe?.startsWith('501')) {
        notImplemented.push(operationId);
        continue;
      }
      // One check per field; a field is supported when every form of it answers 200. Fields run concurrently.
      const checks: Array<{ label: string; bodies: Array<[string, Record<string, unknown>]> }> = [
        ...Object.entries(spec.filters).map(([field, fieldSpec]) => ({
          label: `filter.${field}`,
          bodies: filterForms(withExample(fieldSpec, examples[`${operationId}.${field}`])).map(
            ({ form, value }) => [form, { filter: { [field]: value } }] as [string, Record<string, unknown>],
          ),
        })),
        ...spec.sorts.map((field) => ({
          label: `sort ${field}`,
          bodies: ['ASC', 'DESC'].map(
            (order) => [order, { sort: [{ field, order }] }] as [string, Record<string, unknown>],
          ),
        })),
        ...spec.page.map((form) => ({
          label: `page.${form}`,
          bodies: [[form, { page: pageForm(form, cursor) }] as [string, Record<string, unknown>]],
        })),
      ];
      const results = await Promise.all(
        checks.map(async ({ label, bodies }) => {
          const problems: Outcome[] = [];
          for (const [form, body] of bodies) {
            const problem = await send(body);
            if (problem !== undefined) problems.push({ operationId, field: `${label} (${form})`, problem });
          }
          return problems;
        }),
      );
      for (const problems of results) {
        if (problems.length === 0) supported += 1;
        else failures.push(...problems);
      }
    }
    const line = `search fields supported: ${supported}/${total}`;
    await writeSummary(line, notImplemented, failures);
    console.log(line);
    expect(failures.map((f) => `${f.operationId} ${f.field}: ${f.problem}`)).toEqual([]);
  });
});

/** The field spec with the example the sweep sends, when it knows a better one than the spec's. */
function withExample(spec: SearchFilterFieldSpec, example: string | undefined): SearchFilterFieldSpec {
  return example === undefined ? spec : { ...spec, example };
}

function pageForm(form: string, cursor: string): Record<string, unknown> {
  if (form === 'from') return { from: 0, limit: 5 };
  if (form === 'limit') return { limit: 1 };
  return { [form]: cursor, limit: 1 };
}

async function writeSummary(
  line: string,
  notImplemented: readonly string[],
  failures: readonly Outcome[],
): Promise<void> {
  const dir = join(import.meta.dirname, '..', '.test-results');
  await mkdir(dir, { recursive: true });
  const detail =
    notImplemented.length === 0 ? '' : ` (not implemented by the engine: ${notImplemented.join(', ')})`;
  await writeFile(join(dir, 'summary-search-fields.txt'), `${line}${detail}\n`);
  await writeFile(
    join(dir, 'search-fields.json'),
    `${JSON.stringify({ line, notImplemented, failures }, null, 2)}\n`,
  );
}
