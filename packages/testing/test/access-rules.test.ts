import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { requiredPermissions } from '../src/http/access-rules.js';

interface Permission {
  readonly resourceType?: string;
  readonly permissionType?: string;
  readonly anyOf?: readonly Permission[];
}

interface SpecOperation {
  readonly operationId?: string;
  readonly 'x-required-permissions'?: readonly Permission[];
}

/** The spec's `x-required-permissions` of every operation (CAMUNDA_SPEC_DIR or ../shared/spec). */
function specPermissions(): Map<string, string[]> {
  const dir =
    process.env.CAMUNDA_SPEC_DIR ?? fileURLToPath(new URL('../../../../shared/spec/', import.meta.url));
  const path = `${dir}/rest-api.bundle.json`;
  if (!existsSync(path)) throw new Error(`spec not found at ${dir}: set CAMUNDA_SPEC_DIR to the spec folder`);
  const spec = JSON.parse(readFileSync(path, 'utf8')) as {
    paths: Record<string, Record<string, SpecOperation>>;
  };
  const result = new Map<string, string[]>();
  for (const op of Object.values(spec.paths).flatMap((methods) => Object.values(methods))) {
    if (op.operationId === undefined || op['x-required-permissions'] === undefined) continue;
    result.set(
      op.operationId,
      op['x-required-permissions']
        .flatMap((p): readonly Permission[] => p.anyOf ?? [p])
        .filter((p) => p.resourceType !== undefined)
        .map((p) => `${p.resourceType}:${p.permissionType}`)
        .sort(),
    );
  }
  return result;
}

describe('access rules', () => {
  it("check exactly the permissions the spec's x-required-permissions name", () => {
    const spec = specPermissions();
    const checked = [...spec.keys()].filter((id) => requiredPermissions(id) !== undefined);
    expect(checked.length).toBeGreaterThanOrEqual(80);
    const differing = checked.flatMap((id) => {
      const ours = (requiredPermissions(id) ?? []).map((r) => `${r.resourceType}:${r.permission}`).sort();
      const theirs = spec.get(id) ?? [];
      return JSON.stringify(ours) === JSON.stringify(theirs) ? [] : [{ id, ours, theirs }];
    });
    expect(differing).toEqual([]);
  });
});
