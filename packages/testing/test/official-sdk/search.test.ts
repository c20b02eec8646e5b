import { ProcessDefinitionId, type ProcessInstanceKey } from '@camunda8/orchestration-cluster-api';
import { describe, expect, it } from 'vitest';
import { serviceTaskProcess } from '../support/official-sdk-models.js';
import { resourceFile, useOfficialSdk } from '../support/use-official-sdk.js';

const now = { consistency: { waitUpToMs: 0 } } as const;

describe('official SDK: searches (filters, sort, pagination) and eventual consistency', () => {
  const t = useOfficialSdk();

  async function startSeven(): Promise<ProcessInstanceKey[]> {
    await t.client.createDeployment({
      resources: [
        resourceFile('pay.bpmn', serviceTaskProcess('pay', 'pay')),
        resourceFile('ship.bpmn', serviceTaskProcess('ship', 'ship')),
      ],
    });
    const keys: ProcessInstanceKey[] = [];
    for (let n = 1; n <= 7; n += 1) {
      const created = await t.client.createProcessInstance({
        processDefinitionId: ProcessDefinitionId.assumeExists(n % 2 === 0 ? 'ship' : 'pay'),
        variables: { n },
      });
      keys.push(created.processInstanceKey);
    }
    return keys;
  }

  it('cursor pagination: limit, after the end cursor, before the start cursor; from; totals', async () => {
    const keys = await startSeven();
    const sort = [{ field: 'processInstanceKey' as const, order: 'ASC' as const }];

    const first = await t.client.searchProcessInstances({ sort, page: { limit: 3 } }, now);
    expect(first.items.map((i) => i.processInstanceKey)).toEqual(keys.slice(0, 3));
    expect(first.page).toMatchObject({ totalItems: 7, hasMoreTotalItems: false });
    expect(first.page.startCursor).toEqual(expect.any(String));
    expect(first.page.endCursor).toEqual(expect.any(String));
    if (first.page.endCursor === null) throw new Error('no end cursor');

    const second = await t.client.searchProcessInstances(
      { sort, page: { after: first.page.endCursor, limit: 3 } },
      now,
    );
    expect(second.items.map((i) => i.processInstanceKey)).toEqual(keys.slice(3, 6));
    expect(second.page.totalItems).toBe(7);
    if (second.page.endCursor === null || second.page.startCursor === null) throw new Error('no cursors');

    const third = await t.client.searchProcessInstances(
      { sort, page: { after: second.page.endCursor, limit: 3 } },
      now,
    );
    expect(third.items.map((i) => i.processInstanceKey)).toEqual(keys.slice(6));

    const back = await t.client.searchProcessInstances(
      { sort, page: { before: second.page.startCursor, limit: 3 } },
      now,
    );
    expect(back.items.map((i) => i.processInstanceKey)).toEqual(keys.slice(0, 3));
    // Backwards, the page is the items right before the cursor.
    const closest = await t.client.searchProcessInstances(
      { sort, page: { before: second.page.startCursor, limit: 2 } },
      now,
    );
    expect(closest.items.map((i) => i.processInstanceKey)).toEqual(keys.slice(1, 3));
    if (closest.page.startCursor === null) throw new Error('no start cursor');
    const firstOne = await t.client.searchProcessInstances(
      { sort, page: { before: closest.page.startCursor, limit: 2 } },
      now,
    );
    expect(firstOne.items.map((i) => i.processInstanceKey)).toEqual(keys.slice(0, 1));
    // Descending, after and before follow the sort order.
    const desc = [{ field: 'processInstanceKey' as const, order: 'DESC' as const }];
    const top = await t.client.searchProcessInstances({ sort: desc, page: { limit: 2 } }, now);
    expect(top.items.map((i) => i.processInstanceKey)).toEqual([keys[6], keys[5]]);
    if (top.page.endCursor === null) throw new Error('no end cursor');
    const next = await t.client.searchProcessInstances(
      { sort: desc, page: { after: top.page.endCursor, limit: 2 } },
      now,
    );
    expect(next.items.map((i) => i.processInstanceKey)).toEqual([keys[4], keys[3]]);

    const offset = await t.client.searchProcessInstances({ sort, page: { from: 5, limit: 10 } }, now);
    expect(offset.items.map((i) => i.processInstanceKey)).toEqual(keys.slice(5));

    const empty = await t.client.searchProcessInstances(
      { filter: { processDefinitionId: 'nothing' }, page: { limit: 3 } },
      now,
    );
    expect(empty).toMatchObject({
      items: [],
      page: { totalItems: 0, hasMoreTotalItems: false, startCursor: null, endCursor: null },
    });
  });

  it('sort on several fields, descending; filters with $in, $neq, $like and variable values', async () => {
    const keys = await startSeven();
    const sorted = await t.client.searchProcessInstances(
      {
        sort: [
          { field: 'processDefinitionId', order: 'DESC' },
          { field: 'processInstanceKey', order: 'DESC' },
        ],
      },
      now,
    );
    const odd = [keys[6], keys[4], keys[2], keys[0]];
    const even = [keys[5], keys[3], keys[1]];
    expect(sorted.items.map((i) => i.processInstanceKey)).toEqual([...even, ...odd]);

    const chosen = [keys[1], keys[2]] as ProcessInstanceKey[];
    const byIn = await t.client.searchProcessInstances(
      { filter: { processInstanceKey: { $in: chosen } } },
      now,
    );
    expect(byIn.items.map((i) => i.processInstanceKey).sort()).toEqual([...chosen].sort());

    const notPay = await t.client.searchProcessInstances(
      { filter: { processDefinitionId: { $neq: 'pay' } } },
      now,
    );
    expect(notPay.page.totalItems).toBe(3);
    const like = await t.client.searchProcessInstances(
      { filter: { processDefinitionId: { $like: 'sh*' } } },
      now,
    );
    expect(like.page.totalItems).toBe(3);

    const withVariable = await t.client.searchProcessInstances(
      { filter: { variables: [{ name: 'n', value: '4' }] } },
      now,
    );
    expect(withVariable.items.map((i) => i.processInstanceKey)).toEqual([keys[3]]);

    const jobs = await t.client.searchJobs(
      { filter: { type: { $in: ['ship'] }, state: 'CREATED' }, sort: [{ field: 'jobKey', order: 'DESC' }] },
      now,
    );
    expect(jobs.items.map((j) => j.processInstanceKey)).toEqual([keys[5], keys[3], keys[1]]);
  });

  it('consistency: the SDK polls until the search finds what it waits for, and times out when it never does', async () => {
    await t.client.createDeployment({
      resources: [resourceFile('pay.bpmn', serviceTaskProcess('pay', 'pay'))],
    });
    const later = setTimeout(() => {
      void t.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('pay') });
    }, 50);
    try {
      // Default predicate of a search: the first answer with items.
      const found = await t.client.searchProcessInstances(
        { filter: { processDefinitionId: 'pay' } },
        { consistency: { waitUpToMs: 20_000, pollIntervalMs: 10 } },
      );
      expect(found.items).toHaveLength(1);
    } finally {
      clearTimeout(later);
    }

    let attempts = 0;
    const timeout = await t.client
      .searchProcessInstances(
        { filter: { processDefinitionId: 'pay' } },
        {
          consistency: {
            waitUpToMs: 200,
            pollIntervalMs: 10,
            predicate: (r) => r.page.totalItems > 1,
            onAttempt: () => {
              attempts += 1;
            },
          },
        },
      )
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(timeout).toMatchObject({ name: 'EventualConsistencyTimeoutError', lastStatus: 200 });
    expect(attempts).toBeGreaterThan(1);
  });
});
