import { describe, expect, it } from 'vitest';
import { GlobalListenerId } from '../../src/index.js';
import { useEngineClient } from './engine-client.js';

describe('secrets and global task listeners through the client', () => {
  const t = useEngineClient({ secrets: { token: 's3cr3t', 'db-password': 'pw', 'not.listed': 'x' } });

  it('lists and resolves secrets from the engine option', async () => {
    const listed = await t.client.listSecrets({});
    expect(listed.references).toEqual(['camunda.secrets.db-password', 'camunda.secrets.token']);
    const resolved = await t.client.resolveSecrets({
      references: ['camunda.secrets.token', 'camunda.secrets.token', 'camunda.secrets.nope', 'token'],
    });
    expect(resolved.resolved).toEqual([{ reference: 'camunda.secrets.token', value: 's3cr3t' }]);
    expect(resolved.errors.map((e) => [e.reference, e.code])).toEqual([
      ['camunda.secrets.nope', 'NOT_FOUND'],
      ['token', 'INVALID_REFERENCE'],
    ]);
  });

  it('creates, reads, updates, searches and deletes global task listeners', async () => {
    const id = GlobalListenerId.of('audit');
    const created = await t.client.createGlobalTaskListener({
      id,
      type: 'audit-log',
      eventTypes: ['creating', 'completing'],
    });
    expect(created).toEqual({
      id: 'audit',
      type: 'audit-log',
      retries: 3,
      afterNonGlobal: false,
      priority: 50,
      eventTypes: ['creating', 'completing'],
      source: 'API',
    });
    await expect(
      t.client.createGlobalTaskListener({ id, type: 'x', eventTypes: ['all'] }),
    ).rejects.toMatchObject({ status: 409 });
    await t.client.updateGlobalTaskListener({ id, type: 'audit-log-v2', eventTypes: ['all'], priority: 90 });
    expect(await t.client.getGlobalTaskListener({ id })).toMatchObject({
      type: 'audit-log-v2',
      priority: 90,
    });
    await t.client.createGlobalTaskListener({
      id: GlobalListenerId.of('notify'),
      type: 'notify',
      eventTypes: ['assigning'],
    });
    const found = await t.client.searchGlobalTaskListeners({
      filter: { priority: { $gte: 60 } },
      sort: [{ field: 'id', order: 'ASC' }],
    });
    expect(found.items.map((l) => l.id)).toEqual(['audit']);
    await t.client.deleteGlobalTaskListener({ id });
    await expect(t.client.getGlobalTaskListener({ id })).rejects.toMatchObject({ status: 404 });
  });
});
