import { describe, expect, it } from 'vitest';
import { useEngine } from './support/use-engine.js';

interface Page {
  totalItems: number;
  hasMoreTotalItems: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface Found<T> {
  items: T[];
  page: Page;
}
interface Instance {
  processInstanceKey: string;
  state: string;
  startDate: string;
}
interface Variable {
  name: string;
  value: string;
  processInstanceKey: string;
}

describe('search: filters, sorting, pagination', () => {
  const t = useEngine({ clock: 'manual', startTime: Date.parse('2030-01-01T00:00:00Z') });

  const seed = async (n: number) => {
    await t.api.deployFixtures('order-process.bpmn', 'parallel-process.bpmn');
    const keys: string[] = [];
    for (let i = 0; i < n; i++) {
      t.engine.clock.advance(1_000);
      keys.push(
        await t.api.start(i % 2 === 0 ? 'order-process' : 'parallel-process', { n: i, tag: `item-${i}` }),
      );
    }
    return keys;
  };

  it('filters with exact values, $in, $like, $neq, date ranges and $or', async () => {
    const { api } = t;
    const keys = await seed(6);
    await api.post(`/process-instances/${keys[0]}/cancellation`, {});

    const order = await api.post<Found<Instance>>('/process-instances/search', {
      filter: { processDefinitionId: 'order-process', state: 'ACTIVE' },
    });
    expect(order.body.items.map((i) => i.processInstanceKey)).toEqual([keys[2], keys[4]]);

    const like = await api.post<Found<Instance>>('/process-instances/search', {
      filter: { processDefinitionId: { $like: 'para*' } },
    });
    expect(like.body.page.totalItems).toBe(3);

    const inSet = await api.post<Found<Instance>>('/process-instances/search', {
      filter: { processInstanceKey: { $in: [keys[1], keys[5]] } },
    });
    expect(inSet.body.items.map((i) => i.processInstanceKey)).toEqual([keys[1], keys[5]]);

    const notTerminated = await api.post<Found<Instance>>('/process-instances/search', {
      filter: { state: { $neq: 'TERMINATED' } },
    });
    expect(notTerminated.body.page.totalItems).toBe(5);

    const window = await api.post<Found<Instance>>('/process-instances/search', {
      filter: { startDate: { $gte: '2030-01-01T00:00:02Z', $lt: '2030-01-01T00:00:04Z' } },
    });
    expect(window.body.items.map((i) => i.processInstanceKey)).toEqual([keys[1], keys[2]]);

    const either = await api.post<Found<Instance>>('/process-instances/search', {
      filter: { $or: [{ processInstanceKey: keys[0] }, { processInstanceKey: keys[3] }] },
    });
    expect(either.body.items.map((i) => i.processInstanceKey)).toEqual([keys[0], keys[3]]);

    const byVariable = await api.post<Found<Instance>>('/process-instances/search', {
      filter: { variables: [{ name: 'tag', value: '"item-4"' }] },
    });
    expect(byVariable.body.items.map((i) => i.processInstanceKey)).toEqual([keys[4]]);

    const atElement = await api.post<Found<Instance>>('/process-instances/search', {
      filter: { elementId: 'reserve-items', elementInstanceState: 'ACTIVE' },
    });
    expect(atElement.body.items.map((i) => i.processInstanceKey)).toEqual([keys[1], keys[3], keys[5]]);
  });

  it('sorts by a field in either direction, with the key as tie-breaker', async () => {
    const { api } = t;
    const keys = await seed(4);
    const desc = await api.post<Found<Instance>>('/process-instances/search', {
      sort: [{ field: 'startDate', order: 'DESC' }],
    });
    expect(desc.body.items.map((i) => i.processInstanceKey)).toEqual([...keys].reverse());
    const byDefinition = await api.post<Found<Instance>>('/process-instances/search', {
      sort: [{ field: 'processDefinitionId' }, { field: 'processInstanceKey', order: 'DESC' }],
    });
    expect(byDefinition.body.items.map((i) => i.processInstanceKey)).toEqual([
      keys[2],
      keys[0],
      keys[3],
      keys[1],
    ]);
  });

  it('pages forward and backward with cursors, and by offset', async () => {
    const { api } = t;
    const keys = await seed(7);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: { body: Found<Instance> } = await api.post<Found<Instance>>('/process-instances/search', {
        page: { limit: 3, ...(after === null ? {} : { after }) },
      });
      expect(res.body.page.totalItems).toBe(7);
      if (res.body.items.length === 0) {
        expect(res.body.page.endCursor).toBeNull();
        break;
      }
      seen.push(...res.body.items.map((i) => i.processInstanceKey));
      after = res.body.page.endCursor;
    }
    expect(seen).toEqual(keys);

    const last = await api.post<Found<Instance>>('/process-instances/search', {
      page: { limit: 3, from: 4 },
    });
    expect(last.body.items.map((i) => i.processInstanceKey)).toEqual(keys.slice(4));
    const before = await api.post<Found<Instance>>('/process-instances/search', {
      page: { limit: 2, before: last.body.page.startCursor },
    });
    expect(before.body.items.map((i) => i.processInstanceKey)).toEqual(keys.slice(2, 4));
  });

  it('searches variables by scope and truncates long values unless asked not to', async () => {
    const { api } = t;
    await api.deployFixtures('order-process.bpmn');
    const long = 'x'.repeat(9_000);
    const pi = await api.start('order-process', { order: { items: [], total: 1 }, long });
    const found = await api.post<Found<Variable & { isTruncated: boolean; variableKey: string }>>(
      '/variables/search',
      {
        filter: { processInstanceKey: pi, name: 'long' },
      },
    );
    expect(found.body.items[0]?.isTruncated).toBe(true);
    expect(found.body.items[0]?.value.length).toBe(8191);
    const full = await api.post<Found<Variable & { isTruncated: boolean }>>(
      '/variables/search?truncateValues=false',
      {
        filter: { processInstanceKey: pi, name: 'long' },
      },
    );
    expect(full.body.items[0]?.value).toBe(JSON.stringify(long));
    const one = await api.get<Variable>(`/variables/${found.body.items[0]?.variableKey}`);
    expect(JSON.parse(one.body.value)).toBe(long);

    const job = await api.activateOne('check-stock');
    const local = await api.post<Found<Variable>>('/variables/search', {
      filter: { scopeKey: job.elementInstanceKey },
    });
    expect(local.body.items.map((v) => v.name)).toEqual(['items']);
  });

  it('rejects filter properties and sort fields the spec does not define, with a 400 naming them', async () => {
    const { api } = t;
    const res = await api.post('/process-instances/search', { filter: { noSuchProperty: 5 } });
    expect(res.status).toBe(400);
    expect(res.body.detail).toContain('noSuchProperty');
    const badCursor = await api.post('/process-instances/search', { page: { after: 'bm90IGEgY3Vyc29y' } });
    expect(badCursor.status).toBe(400);
  });

  it('searches and reads process definitions, and serves their XML', async () => {
    const { api } = t;
    await api.deployFixtures('order-process.bpmn', 'parallel-process.bpmn');
    const found = await api.post<
      Found<{ processDefinitionKey: string; processDefinitionId: string; versionTag: string | null }>
    >('/process-definitions/search', {
      filter: { isLatestVersion: true },
      sort: [{ field: 'processDefinitionId', order: 'DESC' }],
    });
    expect(found.body.items.map((d) => d.processDefinitionId)).toEqual(['parallel-process', 'order-process']);
    expect(found.body.items[1]?.versionTag).toBe('v1');
    const key = found.body.items[0]?.processDefinitionKey;
    expect((await api.get<{ name: string }>(`/process-definitions/${key}`)).body.name).toBe(
      'Parallel fork and join',
    );
    const xml = await api.get<string>(`/process-definitions/${key}/xml`);
    expect(xml.headers.get('content-type')).toContain('text/xml');
    expect(xml.body).toContain('id="parallel-process"');
  });
});
