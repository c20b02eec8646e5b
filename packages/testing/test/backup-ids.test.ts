import { describe, expect, it } from 'vitest';
import { useEngine } from './support/use-engine.js';

// The spec's BackupId is an integer of at least 1. Camunda refuses any other id in the path with 400, also on the
// operations whose documented statuses list no 400; fidelity mode lets that answer through.
describe('backup ids outside the spec', () => {
  const t = useEngine();

  it.each([
    ['GET', '/backups/runtime/0'],
    ['DELETE', '/backups/runtime/0'],
    ['GET', '/backups/history/abc'],
    ['DELETE', '/backups/history/-3'],
  ])('%s %s is a bad request', async (method, path) => {
    const res = method === 'GET' ? await t.api.get(path) : await t.api.delete(path);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ title: 'INVALID_ARGUMENT', status: 400 });
  });

  it('a valid id that names no backup is still not found', async () => {
    expect((await t.api.get('/backups/history/5')).status).toBe(404);
  });
});
