import { describe, expect, it } from 'vitest';
import { explainImportFailure, loadPackage } from '../src/runners/load-package.js';

const notFound = (message: string) => Object.assign(new Error(message), { code: 'ERR_MODULE_NOT_FOUND' });

describe('explainImportFailure', () => {
  it('says which workspace package is not built, even when it is a dependency of the one imported', () => {
    const error = notFound(
      "Cannot find module '/repo/bench/node_modules/@camunda-ts/http/dist/index.js' imported from /repo/packages/client/dist/index.js",
    );
    expect(explainImportFailure('@camunda-ts/client', error)).toBe(
      '@camunda-ts/http is not built yet (run `pnpm build` in packages/http)',
    );
  });
  it('says a package is not installed', () => {
    const error = notFound("Cannot find package '@camunda-ts/otel' imported from /repo/bench/x.mjs");
    expect(explainImportFailure('@camunda-ts/otel', error)).toBe('@camunda-ts/otel is not installed');
  });
  it('reports any other import error with the package name', () => {
    expect(explainImportFailure('pkg', new SyntaxError('Unexpected token'))).toBe(
      'pkg fails on import: Unexpected token',
    );
  });
});

describe('loadPackage', () => {
  it('loads a module that has the required exports', async () => {
    const loaded = await loadPackage<{ join: unknown }>('node:path', ['join']);
    expect(loaded.ok).toBe(true);
  });
  it('names missing exports instead of failing later', async () => {
    const loaded = await loadPackage('node:path', ['join', 'createCamundaClient']);
    expect(loaded).toEqual({ ok: false, reason: 'node:path does not export createCamundaClient yet' });
  });
  it('never throws for a package that does not exist', async () => {
    const loaded = await loadPackage('@camunda-ts/does-not-exist', []);
    expect(loaded).toEqual({ ok: false, reason: '@camunda-ts/does-not-exist is not installed' });
  });
});
