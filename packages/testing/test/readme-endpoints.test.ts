import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { operations } from '@camunda-ts/types/operations';
import { describe, expect, it } from 'vitest';
import { startTestEngine } from '../src/index.js';

/** A `## ` section of the README by its title. */
function section(readme: string, title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start === -1) return '';
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

/** The operations the README's Endpoints section names, with the sections it refers to for whole areas. */
async function readmeOperations(): Promise<string[]> {
  const readme = await readFile(join(import.meta.dirname, '..', 'README.md'), 'utf8');
  const endpoints = section(readme, 'Endpoints');
  const referred = [...endpoints.matchAll(/see \[([^\]]+)\]\(#[^)]+\)/g)].map((m) =>
    section(readme, m[1] as string),
  );
  const text = [endpoints, ...referred].join('\n');
  const named = [...text.matchAll(/`([a-zA-Z]+)`/g)].map((m) => m[1] as string);
  return [...new Set(named.filter((name) => Object.hasOwn(operations, name)))].sort();
}

/** The operations the engine answers with anything but 501: one request each, with placeholder parameters. */
async function servedOperations(): Promise<string[]> {
  const engine = await startTestEngine({ validateRequests: false });
  const origin = engine.restAddress.replace(/\/v2$/, '');
  const served: string[] = [];
  try {
    for (const spec of Object.values(operations)) {
      const path = spec.path.replace(/\{[^}]+\}/g, '1');
      const url = spec.path.startsWith('/cluster/') ? `${origin}${path}` : `${engine.restAddress}${path}`;
      const body =
        spec.method === 'GET' || spec.method === 'DELETE'
          ? undefined
          : spec.requestContentType === 'multipart/form-data'
            ? new FormData()
            : '{}';
      const res = await fetch(url, {
        method: spec.method,
        ...(body === undefined ? {} : { body }),
        ...(typeof body === 'string' ? { headers: { 'content-type': 'application/json' } } : {}),
      });
      const text = await res.text();
      if (!(res.status === 501 && text.includes('NOT_IMPLEMENTED'))) served.push(spec.operationId);
    }
  } finally {
    await engine.stop();
  }
  return served.sort();
}

describe('README', () => {
  it('lists exactly the operations the engine implements in its Endpoints section', async () => {
    const [listed, served] = await Promise.all([readmeOperations(), servedOperations()]);
    expect(served.length).toBeGreaterThan(0);
    expect(listed, 'README Endpoints vs. operations the engine answers (not 501)').toEqual(served);
  });
});
