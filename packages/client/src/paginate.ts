import { PaginationError } from './pagination-error.js';

/** Items of a search, walked page by page as they are consumed; `.pages()` yields whole page responses. */
export interface PaginatedIterable<TItem, TPage> extends AsyncIterable<TItem> {
  /** Each page's full response (items plus `page` metadata), in order. */
  pages(): AsyncIterable<TPage>;
}

/** Options of a pagination walk. */
export interface PaginateOptions {
  /** Items requested per page (`page.limit`); default 100. */
  readonly pageSize?: number;
  /** Stop after this many items (the last page is cut to fit). */
  readonly maxItems?: number;
}

/** What {@link paginate} needs from the client. */
export interface PaginateInput<TPage> {
  readonly operationId: string;
  /** Name of the array of results in a page response (`items`). */
  readonly itemsField: string;
  /** Fetches one page given the cursor of the previous page; `index` is 0 for the first page of a walk. */
  readonly fetchPage: (
    page: { readonly limit: number; readonly after?: string },
    index: number,
  ) => Promise<TPage>;
  readonly options: PaginateOptions;
}

const DEFAULT_PAGE_SIZE = 100;

/**
 * Cursor-based walk over a search: sends `page: { limit, after }`, follows `page.endCursor`, stops on an empty
 * or short page, a missing cursor or `maxItems`, and fails with {@link PaginationError} if a cursor repeats.
 * Nothing is fetched until iteration starts; each iteration starts a fresh walk.
 */
export function paginate<TItem, TPage>(input: PaginateInput<TPage>): PaginatedIterable<TItem, TPage> {
  const limit = input.options.pageSize ?? DEFAULT_PAGE_SIZE;
  const maxItems = input.options.maxItems ?? Number.POSITIVE_INFINITY;
  const field = input.itemsField;

  async function* pages(): AsyncGenerator<TPage> {
    const seen = new Set<string>();
    let after: string | undefined;
    let delivered = 0;
    let pageCount = 0;
    while (delivered < maxItems) {
      const response = await input.fetchPage(after === undefined ? { limit } : { limit, after }, pageCount);
      pageCount += 1;
      const items = ((response as Record<string, unknown>)[field] ?? []) as readonly unknown[];
      const room = maxItems - delivered;
      if (items.length > room) {
        yield { ...response, [field]: items.slice(0, room) };
        return;
      }
      delivered += items.length;
      yield response;
      const cursor = (response as { page?: { endCursor?: string | null } }).page?.endCursor;
      if (items.length === 0 || items.length < limit || cursor === undefined || cursor === null) return;
      if (seen.has(cursor)) throw new PaginationError(input.operationId, pageCount);
      seen.add(cursor);
      after = cursor;
    }
  }

  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) {
        yield* ((page as Record<string, unknown>)[field] ?? []) as TItem[];
      }
    },
  };
}
