import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type OperationId, type OperationOutput, operations } from '@camunda-ts/types/operations';
import { describe, expect, it } from 'vitest';
import type { CallOptions } from '../src/call-options.js';
import { GeneratedOperations } from '../src/generated/generated-operations.js';

interface RecordedCall {
  readonly operationId: OperationId;
  readonly input: unknown;
  readonly options: CallOptions | undefined;
}

/** A subclass whose `invoke` records what each generated method hands to it. */
class RecordingOperations extends GeneratedOperations {
  readonly calls: RecordedCall[] = [];

  protected override invoke<K extends OperationId>(
    operationId: K,
    input: unknown,
    options: CallOptions | undefined,
  ): Promise<OperationOutput<K>> {
    this.calls.push({ operationId, input, options });
    return Promise.resolve(`result of ${operationId}` as never);
  }
}

const methodNames = Object.getOwnPropertyNames(GeneratedOperations.prototype).filter(
  (name) => name !== 'constructor',
);

/** The operationIds of the spec, when the spec folder is at hand (CAMUNDA_SPEC_DIR or ../shared/spec). */
function specOperationIds(): string[] {
  const dir =
    process.env.CAMUNDA_SPEC_DIR ?? fileURLToPath(new URL('../../../../shared/spec/', import.meta.url));
  const path = `${dir}/spec-metadata.json`;
  if (!existsSync(path)) throw new Error(`spec not found at ${dir}: set CAMUNDA_SPEC_DIR to the spec folder`);
  const metadata = JSON.parse(readFileSync(path, 'utf8')) as { operations: { operationId: string }[] };
  return metadata.operations.map((operation) => operation.operationId);
}

describe('GeneratedOperations', () => {
  it("has exactly the spec's 241 operationIds as methods", () => {
    const ids = specOperationIds();
    expect(ids).toHaveLength(241);
    expect([...methodNames].sort()).toEqual([...ids].sort());
    expect([...methodNames].sort()).toEqual(Object.keys(operations).sort());
  });

  it('every method hands its own operationId, the input and the options to invoke, and returns its result', async () => {
    const client = new RecordingOperations();
    const options: CallOptions = { timeoutMs: 1234 };
    const methods = client as unknown as Record<string, (i: unknown, o?: CallOptions) => Promise<unknown>>;
    const results = await Promise.all(
      methodNames.map((name) => methods[name]!.call(client, { marker: name }, options)),
    );
    expect(results).toEqual(methodNames.map((name) => `result of ${name}`));
    expect(client.calls).toEqual(
      methodNames.map((name) => ({ operationId: name, input: { marker: name }, options })),
    );
  });

  it('passes undefined through when called without input or options', async () => {
    const client = new RecordingOperations();
    await client.getTopology();
    expect(client.calls).toEqual([{ operationId: 'getTopology', input: undefined, options: undefined }]);
  });
});
