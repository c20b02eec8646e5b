import { isoDate } from '../api/api-results.js';
import { addIsoDuration } from '../bpmn/timer-definition.js';
import type { EngineContext } from '../engine/engine-context.js';
import type { JobEvent } from '../engine/job-store.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { type CustomFilter, runSearch, type SearchDescriptor } from '../search/search-query.js';
import { badRequest, bodyObject, searchResponse } from './handler-support.js';

// Without a resolution, the time series counts per minute.
const DEFAULT_RESOLUTION_MS = 60_000;

/** The spec's `StatusMetric`: a count and when that status last changed. */
interface StatusMetric {
  count: number;
  lastUpdatedAt: number | undefined;
}

/** Created, completed and failed counts over a set of job events. */
interface JobCounts {
  readonly created: StatusMetric;
  readonly completed: StatusMetric;
  readonly failed: StatusMetric;
  readonly workers: Set<string>;
}

const emptyCounts = (): JobCounts => ({
  created: { count: 0, lastUpdatedAt: undefined },
  completed: { count: 0, lastUpdatedAt: undefined },
  failed: { count: 0, lastUpdatedAt: undefined },
  workers: new Set(),
});

/** Adds one event; `createdBy` decides which event kind counts as `created` (creation, or a worker's activation). */
function count(counts: JobCounts, e: JobEvent, createdBy: 'created' | 'activated' = 'created'): void {
  const metric =
    e.kind === createdBy
      ? counts.created
      : e.kind === 'completed'
        ? counts.completed
        : e.kind === 'failed' || e.kind === 'errorThrown'
          ? counts.failed
          : undefined;
  if (e.worker !== '') counts.workers.add(e.worker);
  if (metric === undefined) return;
  metric.count += 1;
  metric.lastUpdatedAt = e.time;
}

const metric = (m: StatusMetric) => ({
  count: m.count,
  lastUpdatedAt: m.lastUpdatedAt === undefined ? null : isoDate(m.lastUpdatedAt),
});

const metrics = (c: JobCounts) => ({
  created: metric(c.created),
  completed: metric(c.completed),
  failed: metric(c.failed),
});

/** An optional date-time bound; absent means unbounded. */
function bound(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw badRequest(`Property '${field}' must be an ISO 8601 date-time`);
  return ms;
}

/** The events inside the request's `from`/`to` window (both inclusive), optionally of one job type. */
function windowed(ctx: EngineContext, filter: Record<string, unknown>, jobType?: string): JobEvent[] {
  const from = bound(filter.from, 'from');
  const to = bound(filter.to, 'to');
  if (from !== undefined && to !== undefined && from > to)
    throw badRequest(`Property 'from' must not be after 'to'`);
  return ctx.jobs
    .events()
    .filter(
      (e) =>
        (from === undefined || e.time >= from) &&
        (to === undefined || e.time <= to) &&
        (jobType === undefined || e.jobType === jobType),
    );
}

function filterOf(body: unknown): Record<string, unknown> {
  const filter = bodyObject(body).filter;
  if (filter === undefined || filter === null) return {};
  if (typeof filter !== 'object' || Array.isArray(filter))
    throw badRequest("Property 'filter' must be an object");
  return filter as Record<string, unknown>;
}

/** An exact job type of a filter (`jobType` is a plain string in the worker, time-series and error filters). */
function exactJobType(filter: Record<string, unknown>): string | undefined {
  const value = filter.jobType;
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badRequest("Property 'jobType' must be a string");
  return value;
}

// Window bounds and the job type are applied before grouping; in the generic search they match every group.
const applied: CustomFilter<unknown> = { match: () => true };

interface Group {
  readonly id: string;
  readonly counts: JobCounts;
}

function groupBy(
  events: readonly JobEvent[],
  keyOf: (e: JobEvent) => string | undefined,
  createdBy?: 'activated',
) {
  const groups = new Map<string, JobCounts>();
  for (const e of events) {
    const id = keyOf(e);
    if (id === undefined) continue;
    let counts = groups.get(id);
    if (counts === undefined) {
      counts = emptyCounts();
      groups.set(id, counts);
    }
    count(counts, e, createdBy);
  }
  return [...groups].map(([id, counts]): Group => ({ id, counts }));
}

/** A descriptor over precomputed groups, ordered by their id; the extra string fields filter the groups. */
function groupDescriptor(
  entity: string,
  groups: readonly Group[],
  windowFields: readonly string[],
  fields: Readonly<Record<string, (g: Group) => string>> = {},
): SearchDescriptor<Group> {
  const filters: Record<string, CustomFilter<Group> | { kind: 'string'; get: (g: Group) => string }> = {};
  for (const name of windowFields) filters[name] = applied;
  for (const [name, get] of Object.entries(fields)) filters[name] = { kind: 'string', get };
  return {
    entity,
    key: (g) => g.id,
    all: () => groups,
    filters,
    sorts: {},
  };
}

/** The bucket length of an ISO 8601 duration; anything else falls back to the default. */
function resolutionMs(value: unknown): number {
  if (typeof value !== 'string') return DEFAULT_RESOLUTION_MS;
  try {
    const ms = addIsoDuration(0, value);
    return ms > 0 ? ms : DEFAULT_RESOLUTION_MS;
  } catch {
    return DEFAULT_RESOLUTION_MS;
  }
}

/** Job statistics from the job event log: global counts, by type, by worker, over time, and by error. */
export function jobStatisticsHandlers(ctx: EngineContext): HandlerTable {
  return {
    getGlobalJobStatistics(req) {
      const filter = { from: req.query.get('from') ?? undefined, to: req.query.get('to') ?? undefined };
      const counts = emptyCounts();
      for (const e of windowed(ctx, filter, req.query.get('jobType') ?? undefined)) count(counts, e);
      return { status: 200, body: { ...metrics(counts), isIncomplete: false } };
    },
    getJobTypeStatistics(req) {
      const filter = filterOf(req.body);
      // `jobType` here is an advanced string filter: the search applies it to the groups.
      const groups = groupBy(windowed(ctx, filter), (e) => e.jobType);
      const { items, page } = runSearch(
        groupDescriptor('job type statistics', groups, ['from', 'to'], { jobType: (g) => g.id }),
        req.body,
      );
      return searchResponse(
        items.map((g) => ({ jobType: g.id, ...metrics(g.counts), workers: g.counts.workers.size })),
        page,
      );
    },
    getJobWorkerStatistics(req) {
      const filter = filterOf(req.body);
      // Per worker, `created` counts the jobs the worker activated: a job has no worker when it is created.
      const groups = groupBy(
        windowed(ctx, filter, exactJobType(filter)),
        (e) => (e.worker === '' ? undefined : e.worker),
        'activated',
      );
      const { items, page } = runSearch(
        groupDescriptor('job worker statistics', groups, ['from', 'to', 'jobType']),
        req.body,
      );
      return searchResponse(
        items.map((g) => ({ worker: g.id, ...metrics(g.counts) })),
        page,
      );
    },
    getJobTimeSeriesStatistics(req) {
      const filter = filterOf(req.body);
      const size = resolutionMs(filter.resolution);
      // Activations only matter per worker; a bucket holds creations, completions and failures.
      const events = windowed(ctx, filter, exactJobType(filter)).filter((e) => e.kind !== 'activated');
      // Buckets start at multiples of the resolution since the epoch; ids are zero-padded so key order is time order.
      const groups = groupBy(events, (e) => String(Math.floor(e.time / size) * size).padStart(16, '0'));
      const { items, page } = runSearch(
        groupDescriptor('job time series statistics', groups, ['from', 'to', 'jobType', 'resolution']),
        req.body,
      );
      return searchResponse(
        items.map((g) => ({ time: isoDate(Number(g.id)), ...metrics(g.counts) })),
        page,
      );
    },
    getJobErrorStatistics(req) {
      const filter = filterOf(req.body);
      const errors = windowed(ctx, filter, exactJobType(filter)).filter(
        (e) => e.kind === 'failed' || e.kind === 'errorThrown',
      );
      const keyOf = (e: JobEvent) => JSON.stringify([e.errorCode ?? '', e.errorMessage ?? '']);
      const groups = groupBy(errors, keyOf);
      const part = (g: Group, i: 0 | 1) => (JSON.parse(g.id) as [string, string])[i];
      const { items, page } = runSearch(
        groupDescriptor('job error statistics', groups, ['from', 'to', 'jobType'], {
          errorCode: (g) => part(g, 0),
          errorMessage: (g) => part(g, 1),
        }),
        req.body,
      );
      return searchResponse(
        items.map((g) => ({
          errorCode: part(g, 0),
          errorMessage: part(g, 1),
          workers: g.counts.workers.size,
        })),
        page,
      );
    },
  };
}
