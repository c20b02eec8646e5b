import { isoDate } from '../api/api-results.js';
import type { EngineContext } from '../engine/engine-context.js';
import type { JobEvent } from '../engine/job-store.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { matchField, runSearch } from '../search/search-query.js';
import { badRequest, bodyObject, missingField, searchResponse } from './handler-support.js';

/** Counts of one event kind and the time of the latest: the spec's `StatusMetric`. */
interface StatusMetric {
  count: number;
  lastUpdatedAt: string | null;
}

interface Metrics {
  created: StatusMetric;
  completed: StatusMetric;
  failed: StatusMetric;
}

const emptyMetrics = (): Metrics => ({
  created: { count: 0, lastUpdatedAt: null },
  completed: { count: 0, lastUpdatedAt: null },
  failed: { count: 0, lastUpdatedAt: null },
});

function add(metrics: Metrics, event: JobEvent): void {
  const metric =
    event.kind === 'CREATED'
      ? metrics.created
      : event.kind === 'COMPLETED'
        ? metrics.completed
        : metrics.failed;
  metric.count += 1;
  // Events are recorded in time order, so the latest one is the last seen.
  metric.lastUpdatedAt = isoDate(event.time);
}

function dateOf(value: unknown, field: string): number {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw badRequest(`'${field}' must be a date-time`);
  return ms;
}

/** The events of the window `[from, to]` (and of one job type, when given). */
function eventsIn(ctx: EngineContext, filter: Record<string, unknown>, jobType?: (type: string) => boolean) {
  const from = dateOf(filter.from, 'from');
  const to = dateOf(filter.to, 'to');
  return ctx.jobs
    .events()
    .filter((e) => e.time >= from && e.time <= to && (jobType === undefined || jobType(e.jobType)));
}

function exactJobType(filter: Record<string, unknown>): (type: string) => boolean {
  const jobType = filter.jobType;
  if (typeof jobType !== 'string' || jobType === '') throw badRequest("Filter 'jobType' is required");
  return (type) => type === jobType;
}

const UNITS: Record<string, number> = { D: 86_400_000, H: 3_600_000, M: 60_000, S: 1_000 };

/** An ISO-8601 duration of days, hours, minutes and seconds (`PT1M`, `PT15S`, `P1D`). */
function resolutionMs(value: unknown): number {
  if (value === undefined || value === null || value === '') return UNITS.M as number;
  const match =
    typeof value === 'string' ? /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value) : null;
  if (match === null)
    throw badRequest(`'resolution' must be an ISO-8601 duration, got ${JSON.stringify(value)}`);
  const [, d, h, m, s] = match;
  const ms =
    Number(d ?? 0) * (UNITS.D as number) +
    Number(h ?? 0) * (UNITS.H as number) +
    Number(m ?? 0) * (UNITS.M as number) +
    Number(s ?? 0) * (UNITS.S as number);
  if (ms <= 0) throw badRequest("'resolution' must be longer than zero");
  return ms;
}

/** Pages rows (`limit`, `after`) in the order given. */
function pageRows(entity: string, rows: ReadonlyArray<Record<string, unknown>>, page: unknown) {
  // Zero-padded positions keep the rows in the given order as the search orders keys.
  const ordered = rows.map((row, index) => ({ row, id: String(index + 1).padStart(12, '0') }));
  const found = runSearch({ entity, key: (r) => r.id, all: () => ordered, filters: {}, sorts: {} }, { page });
  return searchResponse(
    found.items.map((r) => r.row),
    found.page,
  );
}

/** Job statistics: global, by type, by worker, time series and errors, from the job store's event log. */
export function jobStatisticsHandlers(ctx: EngineContext): HandlerTable {
  return {
    getGlobalJobStatistics(req) {
      const filter = Object.fromEntries(req.query);
      const type = filter.jobType;
      const metrics = emptyMetrics();
      for (const e of eventsIn(ctx, filter, type === undefined ? undefined : (t) => t === type))
        add(metrics, e);
      return { status: 200, body: { ...metrics, isIncomplete: false } };
    },

    getJobTypeStatistics(req) {
      const body = bodyObject(req.body);
      // The spec makes the filter optional, but Camunda answers a query without one as a bad request.
      if (body.filter === undefined || body.filter === null) throw missingField('filter');
      const filter = bodyObject(body.filter);
      const jobType = filter.jobType;
      const byType = new Map<string, Metrics & { workers: Set<string> }>();
      const matches =
        jobType === undefined ? undefined : (type: string) => matchField('string', 'jobType', type, jobType);
      for (const e of eventsIn(ctx, filter, matches)) {
        let row = byType.get(e.jobType);
        if (row === undefined) {
          row = { ...emptyMetrics(), workers: new Set() };
          byType.set(e.jobType, row);
        }
        add(row, e);
        if (e.worker !== '') row.workers.add(e.worker);
      }
      const rows = [...byType]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([type, row]) => ({ jobType: type, ...row, workers: row.workers.size }));
      return pageRows('job type statistics', rows, body.page);
    },

    getJobWorkerStatistics(req) {
      const body = bodyObject(req.body);
      const filter = bodyObject(body.filter);
      const byWorker = new Map<string, Metrics>();
      for (const e of eventsIn(ctx, filter, exactJobType(filter))) {
        if (e.worker === '') continue;
        let row = byWorker.get(e.worker);
        if (row === undefined) {
          row = emptyMetrics();
          byWorker.set(e.worker, row);
        }
        add(row, e);
      }
      const rows = [...byWorker]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([worker, row]) => ({ worker, ...row }));
      return pageRows('job worker statistics', rows, body.page);
    },

    getJobTimeSeriesStatistics(req) {
      const body = bodyObject(req.body);
      const filter = bodyObject(body.filter);
      const bucketMs = resolutionMs(filter.resolution);
      const buckets = new Map<number, Metrics>();
      for (const e of eventsIn(ctx, filter, exactJobType(filter))) {
        const start = Math.floor(e.time / bucketMs) * bucketMs;
        let row = buckets.get(start);
        if (row === undefined) {
          row = emptyMetrics();
          buckets.set(start, row);
        }
        add(row, e);
      }
      const rows = [...buckets]
        .sort(([a], [b]) => a - b)
        .map(([start, row]) => ({ time: isoDate(start), ...row }));
      return pageRows('job time series statistics', rows, body.page);
    },

    getJobErrorStatistics(req) {
      const body = bodyObject(req.body);
      const filter = bodyObject(body.filter);
      const byError = new Map<string, { errorCode: string; errorMessage: string; workers: Set<string> }>();
      for (const e of eventsIn(ctx, filter, exactJobType(filter))) {
        if (e.kind !== 'FAILED') continue;
        if (
          filter.errorCode !== undefined &&
          !matchField('string', 'errorCode', e.errorCode, filter.errorCode)
        )
          continue;
        if (
          filter.errorMessage !== undefined &&
          !matchField('string', 'errorMessage', e.errorMessage, filter.errorMessage)
        )
          continue;
        const id = `${e.errorCode}\u0000${e.errorMessage}`;
        let row = byError.get(id);
        if (row === undefined) {
          row = { errorCode: e.errorCode, errorMessage: e.errorMessage, workers: new Set() };
          byError.set(id, row);
        }
        if (e.worker !== '') row.workers.add(e.worker);
      }
      const rows = [...byError.values()].map((row) => ({ ...row, workers: row.workers.size }));
      return pageRows('job error statistics', rows, body.page);
    },
  };
}
