import { describe, expect, it } from 'vitest';
import { useEngine } from './support/use-engine.js';

// takeRuntimeBackupAsClusterAdmin fans out to every physical tenant; when a tenant refuses during the fan-out, the
// error status carries the cluster result (what runs where), as the spec documents, not a problem detail.
describe('a cluster-wide runtime backup', () => {
  const t = useEngine();

  it('reports the tenant that refused an id no higher than its latest backup as FAILED, with status 409', async () => {
    const first = await t.api.post('/cluster/v2/backups/runtime', { backupId: 3 });
    expect(first.status).toBe(202);
    expect(first.body).toEqual({
      physicalTenants: [{ physicalTenantId: 'default', backupId: 3, outcome: 'TRIGGERED', reason: null }],
    });

    const again = await t.api.post('/cluster/v2/backups/runtime', { backupId: 3 });
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toContain('application/json');
    expect(again.body).toEqual({
      physicalTenants: [
        {
          physicalTenantId: 'default',
          backupId: null,
          outcome: 'FAILED',
          reason: expect.stringContaining('3'),
        },
      ],
    });
  });

  it('still refuses a request without an id with a problem detail, before any tenant is triggered', async () => {
    const res = await t.api.post('/cluster/v2/backups/runtime', {});
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 400, title: 'INVALID_ARGUMENT' });
  });
});
