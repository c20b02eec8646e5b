import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type {
  AncestorScopeInstruction,
  CreateProcessInstanceResult,
  DirectAncestorKeyInstruction,
  ElementInstanceKey,
  JobKey,
  JobResult,
  JobResultAdHocSubProcess,
  JobResultUserTask,
  ProcessDefinitionKey,
  ProcessInstanceKey,
  ProcessInstanceStateEnum,
  ScopeKey,
  SemanticKey,
  TenantId,
} from '../src/index.js';
import {
  ProcessDefinitionId as ProcessDefinitionIdCompanion,
  ProcessDefinitionKey as ProcessDefinitionKeyCompanion,
  ProcessInstanceKey as ProcessInstanceKeyCompanion,
} from '../src/index.js';
import type { OperationErrorStatus, OperationInput, OperationOutput } from '../src/operations.js';
import type {
  CreateProcessInstanceResultSchema,
  ProcessInstanceCreationInstructionSchema,
} from '../src/zod.js';

describe('semantic keys', () => {
  it('do not mix: a process instance key is not a process definition key', () => {
    expectTypeOf<ProcessInstanceKey>().not.toExtend<ProcessDefinitionKey>();
    expectTypeOf<JobKey>().not.toExtend<ProcessInstanceKey>();
    const key = ProcessInstanceKeyCompanion.of('2251799813690746');
    // @ts-expect-error a ProcessInstanceKey is not a ProcessDefinitionKey
    const definitionKey: ProcessDefinitionKey = key;
    expectTypeOf(definitionKey).toEqualTypeOf<ProcessDefinitionKey>();
  });

  it('are strings, but a plain string is not a key', () => {
    expectTypeOf<ProcessInstanceKey>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<ProcessInstanceKey>();
    expectTypeOf<ProcessInstanceKey>().toEqualTypeOf<SemanticKey<'ProcessInstanceKey'>>();
  });

  it('of() returns the branded type and is() narrows to it', () => {
    expectTypeOf(ProcessInstanceKeyCompanion.of).returns.toEqualTypeOf<ProcessInstanceKey>();
    const raw: unknown = '1';
    if (ProcessInstanceKeyCompanion.is(raw)) expectTypeOf(raw).toEqualTypeOf<ProcessInstanceKey>();
  });

  it('a scope key is either a process instance key or an element instance key', () => {
    expectTypeOf<ProcessInstanceKey>().toExtend<ScopeKey>();
    expectTypeOf<ElementInstanceKey>().toExtend<ScopeKey>();
    expectTypeOf<JobKey>().not.toExtend<ScopeKey>();
  });
});

describe('schema types', () => {
  it('a discriminated union narrows on its discriminator', () => {
    const narrow = (result: JobResult) => {
      if (result === null) return;
      // The spec leaves `type` optional, so only a present discriminator narrows.
      if (result.type === 'adHocSubProcess') expectTypeOf(result).toEqualTypeOf<JobResultAdHocSubProcess>();
      if (result.type === 'userTask') expectTypeOf(result).toEqualTypeOf<JobResultUserTask>();
    };
    const scope = (instruction: AncestorScopeInstruction) => {
      if (instruction.ancestorScopeType === 'direct') {
        expectTypeOf(instruction).toEqualTypeOf<DirectAncestorKeyInstruction>();
        expectTypeOf(instruction.ancestorElementInstanceKey).toEqualTypeOf<ElementInstanceKey>();
      }
    };
    expectTypeOf(narrow).parameter(0).toEqualTypeOf<JobResult>();
    expectTypeOf(scope).parameter(0).toEqualTypeOf<AncestorScopeInstruction>();
  });

  it('a missing required field is a compile error', () => {
    const check = (full: CreateProcessInstanceResult) => {
      const { processInstanceKey, ...withoutKey } = full;
      const complete: CreateProcessInstanceResult = { ...withoutKey, processInstanceKey };
      // @ts-expect-error processInstanceKey is required
      const missing: CreateProcessInstanceResult = withoutKey;
      return [complete, missing];
    };
    expectTypeOf(check).returns.items.toEqualTypeOf<CreateProcessInstanceResult>();
    const activation: OperationInput<'activateJobs'> = {
      type: 'payment',
      maxJobsToActivate: 1,
      timeout: 1000,
    };
    // @ts-expect-error `type` is required to activate jobs
    const withoutType: OperationInput<'activateJobs'> = { maxJobsToActivate: 1, timeout: 1000 };
    expectTypeOf([activation, withoutType]).items.toEqualTypeOf<OperationInput<'activateJobs'>>();
  });

  it('nullable fields include null, optional fields may be left out', () => {
    expectTypeOf<CreateProcessInstanceResult['businessId']>().toExtend<string | null>();
    expectTypeOf<null>().toExtend<CreateProcessInstanceResult['businessId']>();
    expectTypeOf<OperationInput<'searchProcessInstances'>>().toExtend<object>();
    expectTypeOf<Record<string, never>>().toExtend<OperationInput<'searchProcessInstances'>>();
  });

  it('enums are unions of their values', () => {
    expectTypeOf<'ACTIVE'>().toExtend<ProcessInstanceStateEnum>();
    expectTypeOf<'NOT_A_STATE'>().not.toExtend<ProcessInstanceStateEnum>();
  });
});

describe('operation types', () => {
  it('the response of createProcessInstance carries a ProcessInstanceKey', () => {
    expectTypeOf<
      OperationOutput<'createProcessInstance'>['processInstanceKey']
    >().toEqualTypeOf<ProcessInstanceKey>();
  });

  it('keys flow from responses into requests without conversion', () => {
    const flow = (created: OperationOutput<'createProcessInstance'>) => {
      const cancel: OperationInput<'cancelProcessInstance'> = {
        processInstanceKey: created.processInstanceKey,
      };
      const search: OperationInput<'searchProcessInstances'> = {
        filter: { processInstanceKey: created.processInstanceKey, tenantId: created.tenantId },
      };
      const wrong: OperationInput<'cancelProcessInstance'> = {
        // @ts-expect-error a process definition key cannot cancel a process instance
        processInstanceKey: created.processDefinitionKey,
      };
      return [cancel, search, wrong];
    };
    expectTypeOf(flow).returns.items.toExtend<object>();
  });

  it('accepts either variant of a union body', () => {
    const byId: OperationInput<'createProcessInstance'> = {
      processDefinitionId: ProcessDefinitionIdCompanion.of('order-process'),
      variables: {},
    };
    const byKey: OperationInput<'createProcessInstance'> = {
      processDefinitionKey: ProcessDefinitionKeyCompanion.of('2251799813685249'),
    };
    // @ts-expect-error a plain string is not a ProcessDefinitionId
    const plain: OperationInput<'createProcessInstance'> = { processDefinitionId: 'order-process' };
    expectTypeOf([byId, byKey, plain]).items.toEqualTypeOf<OperationInput<'createProcessInstance'>>();
  });

  it('operations without content return void; binary content is bytes; XML is text', () => {
    expectTypeOf<OperationOutput<'cancelProcessInstance'>>().toEqualTypeOf<void>();
    expectTypeOf<OperationOutput<'getDocument'>>().toEqualTypeOf<Uint8Array>();
    expectTypeOf<OperationOutput<'getProcessDefinitionXML'>>().toEqualTypeOf<string>();
  });

  it('multipart uploads take Blobs', () => {
    expectTypeOf<OperationInput<'createDeployment'>['resources']>().toEqualTypeOf<Blob[]>();
    expectTypeOf<OperationInput<'createDeployment'>['tenantId']>().toEqualTypeOf<TenantId | undefined>();
  });

  it('documented error statuses are a union of literals', () => {
    expectTypeOf<409>().toExtend<OperationErrorStatus<'createProcessInstance'>>();
    expectTypeOf<418>().not.toExtend<OperationErrorStatus<'createProcessInstance'>>();
  });
});

describe('zod schemas', () => {
  it('are typed with the generated types', () => {
    expectTypeOf<
      z.output<typeof CreateProcessInstanceResultSchema>
    >().toEqualTypeOf<CreateProcessInstanceResult>();
    expectTypeOf<z.output<typeof ProcessInstanceCreationInstructionSchema>>().toEqualTypeOf<
      OperationInput<'createProcessInstance'>
    >();
  });
});
