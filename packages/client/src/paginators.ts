import type { OperationId, OperationInput, OperationOutput } from '@camunda-ts/types/operations';
import type { CallOptions } from './call-options.js';
import type { PaginatedIterable, PaginateOptions } from './paginate.js';

type HasCursor<P> = P extends unknown ? ('after' extends keyof P ? true : never) : never;

/** Searches with cursor pagination: their query's `page` takes `after` and their result lists `items`. */
export type PaginatedOperationId = {
  [K in OperationId]: NonNullable<OperationInput<K>> extends {
    /** The query's page settings. */
    page?: infer P;
  }
    ? OperationOutput<K> extends {
        /** The result items. */
        items: readonly unknown[];
        /** The result's page metadata. */
        page: unknown;
      }
      ? true extends HasCursor<NonNullable<P>>
        ? K
        : never
      : never
    : never;
}[OperationId];

/** One result item of a paginated search. */
export type PaginatedItem<K extends PaginatedOperationId> =
  OperationOutput<K> extends {
    /** The result items. */
    items: readonly (infer Item)[];
  }
    ? Item
    : never;

/** The query of a paginated search, without `page` (pagination sets it). */
export type PaginatedQuery<K extends PaginatedOperationId> = Omit<NonNullable<OperationInput<K>>, 'page'>;

/** Options of one walk: page size and item cap, plus the usual call options (`consistency` applies to page one). */
export interface PaginateCallOptions extends PaginateOptions, CallOptions {}

/** `client.paginate.<searchOperation>(query?, options?)`: walk all results of a search, page by page. */
export type Paginators = {
  readonly [K in PaginatedOperationId]: (
    ...args: {} extends PaginatedQuery<K>
      ? [query?: PaginatedQuery<K>, options?: PaginateCallOptions]
      : [query: PaginatedQuery<K>, options?: PaginateCallOptions]
  ) => PaginatedIterable<PaginatedItem<K>, OperationOutput<K>>;
};
