import { describe, expect, it } from 'vitest';
import { useEngine } from './support/use-engine.js';

// The spec's BackupId is an integer of at least 1 and its keys are int64 strings. Camunda refuses any other value in
// the path with 400, also on the operations whose documented statuses list no 400; fidelity mode lets that through.
describe('path ids and keys outside the spec', () => {
  const t = useEngine();

  it.each([
    ['GET', '/backups/runtime/0'],
    ['DELETE', '/backups/runtime/0'],
    ['GET', '/backups/history/abc'],
    ['DELETE', '/backups/history/-3'],
    ['GET', '/authorizations/abc'],
    ['DELETE', '/authorizations/abc'],
    ['GET', '/resources/abc/content/binary'],
    ['POST', '/process-instances/abc/deletion'],
  ])('%s %s is a bad request', async (method, path) => {
    const res =
      method === 'GET'
        ? await t.api.get(path)
        : method === 'POST'
          ? await t.api.post(path, {})
          : await t.api.delete(path);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ title: 'INVALID_ARGUMENT', status: 400 });
  });

  it('a valid id or key that names nothing is still not found', async () => {
    expect((await t.api.get('/backups/history/5')).status).toBe(404);
    expect((await t.api.get('/authorizations/2251799813699999')).status).toBe(404);
  });
});
