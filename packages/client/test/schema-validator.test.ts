import type { Logger } from '@camunda-ts/types';
import { nullLogger } from '@camunda-ts/types';
import { describe, expect, it, vi } from 'vitest';
import { createSchemaValidator, type OperationSchemas } from '../src/schema-validator.js';
import { isValidationError } from '../src/validation-error.js';

function capturingLogger() {
  const warnings: [Record<string, unknown>, string | undefined][] = [];
  const logger: Logger = { ...nullLogger, warn: (fields, message) => warnings.push([fields, message]) };
  return { logger, warnings };
}

describe('createSchemaValidator', () => {
  it('never loads the schemas when both sides are none', async () => {
    const load = vi.fn(async () => ({}) as OperationSchemas);
    const validator = createSchemaValidator({ request: 'none', response: 'none', logger: nullLogger, load });
    await validator.check('request', 'createProcessInstance', { nonsense: true });
    await validator.check('response', 'getTopology', 42);
    expect(validator.checksRequests).toBe(false);
    expect(validator.checksResponses).toBe(false);
    expect(load).not.toHaveBeenCalled();
  });

  it('loads the schema module once, on first use', async () => {
    const real = (await import('@camunda-ts/types/zod')) as unknown as OperationSchemas;
    const load = vi.fn(async () => real);
    const validator = createSchemaValidator({ request: 'warn', response: 'warn', logger: nullLogger, load });
    expect(load).not.toHaveBeenCalled();
    await validator.check('request', 'getTopology', undefined);
    await validator.check('response', 'getTopology', {});
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('warn mode logs every issue with operation and side and lets the payload through', async () => {
    const { logger, warnings } = capturingLogger();
    const validator = createSchemaValidator({ request: 'warn', response: 'none', logger });
    await expect(validator.check('request', 'activateJobs', { type: 7 })).resolves.toBeUndefined();
    expect(warnings).toHaveLength(1);
    const [fields] = warnings[0] as [Record<string, unknown>, string];
    expect(fields).toMatchObject({ operationId: 'activateJobs', side: 'request' });
    expect((fields.issues as { path: string[] }[]).map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['type', 'timeout', 'maxJobsToActivate']),
    );
  });

  it('strict mode names the path of each issue, reporting the closest branch of a union', async () => {
    const validator = createSchemaValidator({ request: 'strict', response: 'strict', logger: nullLogger });
    const error = await validator
      .check('request', 'createProcessInstance', { processDefinitionId: 'order', variables: 'x' })
      .catch((e: unknown) => e);
    expect(isValidationError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'INVALID_REQUEST', issues: [{ path: ['variables'] }] });
    expect((error as Error).message).toMatch(/^createProcessInstance: invalid request: variables: /);
  });

  it('does not put the offending value in the message', async () => {
    const validator = createSchemaValidator({ request: 'strict', response: 'none', logger: nullLogger });
    const error = await validator
      .check('request', 'createProcessInstance', { processDefinitionKey: 'secret-looking-value' })
      .catch((e: unknown) => e);
    expect(isValidationError(error)).toBe(true);
    expect((error as Error).message).not.toContain('secret-looking-value');
  });

  it('checks request and response sides by their own mode', async () => {
    const { logger, warnings } = capturingLogger();
    const validator = createSchemaValidator({ request: 'none', response: 'warn', logger });
    await validator.check('request', 'activateJobs', { type: 7 });
    await validator.check('response', 'getTopology', { brokers: 'x' });
    expect(warnings.map(([fields]) => fields.side)).toEqual(['response']);
  });
});
