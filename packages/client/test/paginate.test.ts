import { describe, expect, it } from 'vitest';
import { paginate } from '../src/paginate.js';
import { isPaginationError } from '../src/pagination-error.js';

interface Page {
  items: number[];
  page: { endCursor: string | null; totalItems: number };
}

function server(total: number) {
  const requests: { limit: number; after?: string }[] = [];
  const fetchPage = async (page: { limit: number; after?: string }): Promise<Page> => {
    requests.push(page);
    const start = page.after === undefined ? 0 : Number(page.after);
    const items = Array.from(
      { length: Math.max(0, Math.min(page.limit, total - start)) },
      (_, i) => start + i,
    );
    return {
      items,
      page: { endCursor: items.length ? String(start + items.length) : null, totalItems: total },
    };
  };
  return { requests, fetchPage };
}

describe('paginate', () => {
  it('walks three pages following the cursor and stops on the short last page', async () => {
    const { requests, fetchPage } = server(25);
    const items: number[] = [];
    for await (const item of paginate<number, Page>({
      operationId: 'searchJobs',
      itemsField: 'items',
      fetchPage,
      options: { pageSize: 10 },
    })) {
      items.push(item);
    }
    expect(items).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(requests).toEqual([{ limit: 10 }, { limit: 10, after: '10' }, { limit: 10, after: '20' }]);
  });

  it('stops on an empty page when the total is a multiple of the page size', async () => {
    const { requests, fetchPage } = server(20);
    const pages: Page[] = [];
    for await (const page of paginate<number, Page>({
      operationId: 'searchJobs',
      itemsField: 'items',
      fetchPage,
      options: { pageSize: 10 },
    }).pages()) {
      pages.push(page);
    }
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 0]);
    expect(requests).toHaveLength(3);
  });

  it('cuts the walk at maxItems without fetching further pages', async () => {
    const { requests, fetchPage } = server(100);
    const items: number[] = [];
    for await (const item of paginate<number, Page>({
      operationId: 'searchJobs',
      itemsField: 'items',
      fetchPage,
      options: { pageSize: 10, maxItems: 15 },
    })) {
      items.push(item);
    }
    expect(items).toHaveLength(15);
    expect(requests).toHaveLength(2);
  });

  it('fails with PaginationError when the server repeats a cursor', async () => {
    let calls = 0;
    const walk = async () => {
      for await (const _ of paginate<number, Page>({
        operationId: 'searchJobs',
        itemsField: 'items',
        fetchPage: async () => {
          calls += 1;
          return { items: [1, 2], page: { endCursor: 'same', totalItems: 99 } };
        },
        options: { pageSize: 2 },
      })) {
        // consume
      }
    };
    const error = await walk().catch((e: unknown) => e);
    expect(isPaginationError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'REPEATED_CURSOR', pages: 2 });
    expect(calls).toBe(2);
  });

  it('fetches nothing until iterated and starts a fresh walk each time', async () => {
    const { requests, fetchPage } = server(3);
    const iterable = paginate<number, Page>({
      operationId: 'searchJobs',
      itemsField: 'items',
      fetchPage,
      options: {},
    });
    expect(requests).toHaveLength(0);
    const first: number[] = [];
    for await (const item of iterable) first.push(item);
    const second: number[] = [];
    for await (const item of iterable) second.push(item);
    expect(first).toEqual([0, 1, 2]);
    expect(second).toEqual(first);
    expect(requests).toEqual([{ limit: 100 }, { limit: 100 }]);
  });
});
