import { randomUUID } from 'node:crypto';
import type { SchedulingClock } from '../engine-clock.js';
import { rejection } from '../handlers/handler-support.js';
import type { KeyGenerator } from '../key-generator.js';
import type { ElementInstanceRecord, JobKind, JobListenerEventType, JobRecord } from './records.js';

/** What one activation asks for. */
export interface ActivationRequest {
  readonly type: string;
  readonly worker: string;
  readonly timeoutMs: number;
  readonly maxJobs: number;
  /** Only jobs of these tenants; undefined means every tenant. */
  readonly tenantIds: readonly string[] | undefined;
  /** Issue a lease per job; a request without one never receives a leased job. */
  readonly withLease: boolean;
  /** Only jobs this accepts (the caller's authorizations, when the engine enforces them). */
  readonly accepts?: (job: JobRecord) => boolean;
  /** The batch's size limit (the broker's maximum message size); no limit when absent. */
  readonly sizeLimit?: BatchSizeLimit;
}

/** How an activation measures its jobs against the broker's maximum message size, as Zeebe's batch collector. */
export interface BatchSizeLimit {
  readonly maxBytes: number;
  /** The bytes `job` adds to the batch once activated by this request. */
  readonly measure: (job: JobRecord) => number;
  /** A job too large for any batch: it is left out and must leave the queue (Zeebe raises an incident). */
  readonly onTooLarge: (job: JobRecord, bytes: number) => void;
}

/** Headroom Zeebe keeps below the maximum message size when it fills a batch (8 KiB). */
const BATCH_SIZE_BUFFER = 8 * 1024;

/** What a new job starts with. */
export interface JobInit {
  readonly type: string;
  readonly retries: number;
  readonly priority: number;
  readonly customHeaders: Readonly<Record<string, string>>;
  readonly tenantId: string;
  readonly elementInstance: ElementInstanceRecord;
  readonly kind?: JobKind;
  readonly listenerEventType?: JobListenerEventType;
}

/** The lifecycle commands a worker sends; the store checks each against the job's state. */
export type JobCommand = 'complete' | 'fail' | 'throwError' | 'update';

/** The lease token a command carries: a string, or undefined when it sent none. */
export type SuppliedLease = string | undefined;

/** A job lifecycle event, recorded for the job statistics. */
export interface JobEvent {
  readonly kind: 'CREATED' | 'COMPLETED' | 'FAILED';
  readonly time: number;
  readonly jobType: string;
  readonly worker: string;
  readonly tenantId: string;
  /** Failures only: the BPMN error code (thrown errors) or `''` (failed jobs). */
  readonly errorCode: string;
  readonly errorMessage: string;
}

/**
 * Jobs, the per-type queues of activatable ones, and the long polls waiting for them. Activation is O(jobs
 * taken): each type keeps its activatable jobs in priority buckets in arrival order, and waiting requests are
 * served as soon as a job of their type becomes activatable.
 *
 * Leases, as Zeebe 8.10 has them: every activation bumps `job.activation`, and timeouts act only on the
 * activation they were armed for. A leasing activation gives the job a fresh random `leaseToken`; the token is
 * kept when the job times out or fails (so a timed-out job is never unfenced) and only a later leasing
 * activation replaces it. Once leased, a job is served only to leasing requests. `require` is the single gate
 * every command passes: complete, fail and throw-error on a leased job need the current token; an update is
 * checked only when it carries one, so operators can still update a leased job.
 */
export interface JobStore {
  create(init: JobInit): JobRecord;
  get(key: string): JobRecord | undefined;
  /**
   * The gate every command passes: 404 when the job is unknown or finished, 409 when its state does not allow
   * the command or the lease token is missing (complete, fail, throw-error on a leased job) or stale.
   */
  require(key: string, command: JobCommand, leaseToken: SuppliedLease): JobRecord;
  /** Activates up to `maxJobs` jobs now. */
  activate(request: ActivationRequest): JobRecord[];
  /**
   * Activates now, or waits until jobs arrive or `signal` aborts (the request's end or its wall-time limit: a
   * long poll is the gateway's wait, not the broker's, so the engine clock does not end it).
   */
  activateOrWait(request: ActivationRequest, signal: AbortSignal): Promise<JobRecord[]>;
  complete(job: JobRecord): void;
  /** Returns whether the job is out of retries (the caller raises the incident). */
  fail(job: JobRecord, retries: number, errorMessage: string, backoffMs: number): 'retry' | 'noRetries';
  errorThrown(job: JobRecord, errorCode: string, errorMessage: string): void;
  cancel(job: JobRecord): void;
  /** Makes a failed or errored job activatable again (incident resolution). */
  retry(job: JobRecord): void;
  /** Takes an activatable job out of the queue until `retry` (an incident holds it); its state is unchanged. */
  disable(job: JobRecord): void;
  updateRetries(job: JobRecord, retries: number): void;
  updateTimeout(job: JobRecord, timeoutMs: number): void;
  updatePriority(job: JobRecord, priority: number): void;
  all(): Iterable<JobRecord>;
  byProcessInstance(processInstanceKey: string): readonly JobRecord[];
  /** Every job creation, completion and failure (thrown BPMN errors included), oldest first. */
  events(): readonly JobEvent[];
  /** Offers the activatable jobs of a resumed instance to the waiting long polls. */
  wake(processInstanceKey: string): void;
  /** Answers every held long poll with no jobs (engine stop and reset). */
  releaseWaiters(): void;
  clear(): void;
}

interface Waiter {
  readonly request: ActivationRequest;
  readonly resolve: (jobs: JobRecord[]) => void;
  done: boolean;
}

interface TypeQueue {
  /** Priority buckets, highest first; each bucket keeps arrival order. */
  readonly buckets: Map<number, Map<string, JobRecord>>;
  priorities: number[];
  size: number;
}

/** Creates the job store. */
export function createJobStore(clock: SchedulingClock, keys: KeyGenerator): JobStore {
  const jobs = new Map<string, JobRecord>();
  const byInstance = new Map<string, JobRecord[]>();
  const queues = new Map<string, TypeQueue>();
  const waiters = new Map<string, Set<Waiter>>();
  const dirtyTypes = new Set<string>();
  const events: JobEvent[] = [];
  const record = (kind: JobEvent['kind'], job: JobRecord, errorCode = '', errorMessage = '') =>
    events.push({
      kind,
      time: clock.now(),
      jobType: job.type,
      worker: job.worker,
      tenantId: job.tenantId,
      errorCode,
      errorMessage,
    });
  let flushScheduled = false;

  const enqueue = (job: JobRecord) => {
    let q = queues.get(job.type);
    if (q === undefined) {
      q = { buckets: new Map(), priorities: [], size: 0 };
      queues.set(job.type, q);
    }
    let bucket = q.buckets.get(job.priority);
    if (bucket === undefined) {
      bucket = new Map();
      q.buckets.set(job.priority, bucket);
      q.priorities = [...q.buckets.keys()].sort((a, b) => b - a);
    }
    if (!bucket.has(job.key)) {
      bucket.set(job.key, job);
      q.size += 1;
    }
    if (waiters.get(job.type)?.size) {
      dirtyTypes.add(job.type);
      if (!flushScheduled) {
        flushScheduled = true;
        // Batch: jobs created by one command (a parallel fork) reach a waiting poll together.
        queueMicrotask(flush);
      }
    }
  };

  const dequeue = (job: JobRecord) => {
    const q = queues.get(job.type);
    const bucket = q?.buckets.get(job.priority);
    if (q !== undefined && bucket?.delete(job.key) === true) q.size -= 1;
  };

  const makeActivatable = (job: JobRecord) => {
    job.status = 'ACTIVATABLE';
    job.deadline = undefined;
    // The lease stays: clearing it here would leave a timed-out job unfenced until its next activation.
    job.timer?.cancel();
    job.timer = undefined;
    enqueue(job);
  };

  const activate = (request: ActivationRequest): JobRecord[] => {
    const q = queues.get(request.type);
    if (q === undefined || q.size === 0 || request.maxJobs <= 0) return [];
    const taken: JobRecord[] = [];
    const now = clock.now();
    const limit = request.sizeLimit;
    let batchBytes = 0;
    const tooLarge: Array<{ job: JobRecord; bytes: number }> = [];
    outer: for (const priority of q.priorities) {
      const bucket = q.buckets.get(priority);
      if (bucket === undefined) continue;
      for (const job of bucket.values()) {
        if (request.tenantIds !== undefined && !request.tenantIds.includes(job.tenantId)) continue;
        if (request.accepts !== undefined && !request.accepts(job)) continue;
        // Handing a leased job to a request without a lease would open an unfenced activation.
        if (job.leaseToken !== undefined && !request.withLease) continue;
        // A suspended instance does not advance: its jobs wait for the resumption.
        if (job.elementInstance.processInstance.suspendedDate !== undefined) continue;
        if (limit !== undefined) {
          const bytes = limit.measure(job);
          if (batchBytes + bytes + BATCH_SIZE_BUFFER > limit.maxBytes) {
            // The batch is full; a job that does not fit an empty one never will. Zeebe's gateway asks again
            // after such a job, so the jobs behind it are still offered.
            if (taken.length > 0) break outer;
            tooLarge.push({ job, bytes: bytes + BATCH_SIZE_BUFFER });
            continue;
          }
          batchBytes += bytes;
        }
        taken.push(job);
        if (taken.length >= request.maxJobs) break outer;
      }
    }
    for (const job of taken) {
      dequeue(job);
      job.status = 'ACTIVATED';
      job.worker = request.worker;
      job.activation += 1;
      if (request.withLease) job.leaseToken = randomUUID();
      job.deadline = now + request.timeoutMs;
      job.lastUpdateTime = now;
      const activation = job.activation;
      job.timer = clock.schedule(job.deadline, () => {
        if (job.status !== 'ACTIVATED' || job.activation !== activation) return;
        job.intent = 'TIMED_OUT';
        job.lastUpdateTime = clock.now();
        makeActivatable(job);
      });
    }
    if (limit !== undefined) for (const { job, bytes } of tooLarge) limit.onTooLarge(job, bytes);
    return taken;
  };

  function flush() {
    flushScheduled = false;
    for (const type of [...dirtyTypes]) {
      dirtyTypes.delete(type);
      const set = waiters.get(type);
      if (set === undefined) continue;
      for (const waiter of set) {
        if ((queues.get(type)?.size ?? 0) === 0) break;
        const taken = activate(waiter.request);
        if (taken.length > 0) finish(waiter, taken);
      }
    }
  }

  function finish(waiter: Waiter, result: JobRecord[]) {
    if (waiter.done) return;
    waiter.done = true;
    const set = waiters.get(waiter.request.type);
    set?.delete(waiter);
    if (set?.size === 0) waiters.delete(waiter.request.type);
    waiter.resolve(result);
  }

  const verb = (command: JobCommand) => (command === 'throwError' ? 'throw an error for' : command);
  const intent = (command: JobCommand) => (command === 'throwError' ? 'THROW_ERROR' : command.toUpperCase());
  // Zeebe's reasons never name the lease tokens, so they cannot leak into logs.
  const checkLease = (job: JobRecord, command: JobCommand, supplied: SuppliedLease) => {
    const current = job.leaseToken;
    if (current === undefined) return;
    if (supplied === undefined) {
      // Updates without a token always apply: operators and bulk updates do not hold the lease.
      if (command === 'update') return;
      throw rejection(
        intent(command),
        'INVALID_STATE',
        `Expected to process job with key '${job.key}', but a matching lease token must be provided because the job is currently leased`,
      );
    }
    if (supplied !== current) {
      throw rejection(
        intent(command),
        'INVALID_STATE',
        `Expected to process job with key '${job.key}', but the supplied lease token does not match. The job may have been re-activated by another worker.`,
      );
    }
  };
  const stateName = (job: JobRecord) =>
    job.status === 'BACKOFF' || job.status === 'FAILED' ? 'FAILED' : job.status;

  return {
    create(init) {
      const now = clock.now();
      const job: JobRecord = {
        key: keys.next(),
        type: init.type,
        retries: init.retries,
        priority: init.priority,
        customHeaders: init.customHeaders,
        tenantId: init.tenantId,
        elementInstance: init.elementInstance,
        status: 'ACTIVATABLE',
        intent: 'CREATED',
        worker: '',
        deadline: undefined,
        activation: 0,
        leaseToken: undefined,
        timer: undefined,
        errorCode: null,
        errorMessage: null,
        hasFailedWithRetriesLeft: false,
        creationTime: now,
        lastUpdateTime: now,
        endTime: undefined,
        kind: init.kind ?? 'BPMN_ELEMENT',
        listenerEventType: init.listenerEventType ?? 'UNSPECIFIED',
      };
      jobs.set(job.key, job);
      const piKey = init.elementInstance.processInstance.key;
      let list = byInstance.get(piKey);
      if (list === undefined) {
        list = [];
        byInstance.set(piKey, list);
      }
      list.push(job);
      enqueue(job);
      record('CREATED', job);
      return job;
    },
    get: (key) => jobs.get(key),
    require(key, command, leaseToken) {
      const job = jobs.get(key);
      if (job === undefined || job.status === 'COMPLETED' || job.status === 'CANCELED') {
        throw rejection(
          intent(command),
          'NOT_FOUND',
          `Expected to ${verb(command)} job with key '${key}', but no such job was found`,
        );
      }
      if (command !== 'update' && job.status !== 'ACTIVATED' && job.status !== 'ACTIVATABLE') {
        throw rejection(
          intent(command),
          'INVALID_STATE',
          `Expected to ${verb(command)} job with key '${key}', but it is in state '${stateName(job)}'`,
        );
      }
      checkLease(job, command, leaseToken);
      return job;
    },
    activate,
    events: () => events,
    wake(processInstanceKey) {
      for (const job of byInstance.get(processInstanceKey) ?? [])
        if (job.status === 'ACTIVATABLE') enqueue(job);
    },
    activateOrWait(request, signal) {
      const now = activate(request);
      if (now.length > 0 || signal.aborted) return Promise.resolve(now);
      return new Promise<JobRecord[]>((resolve) => {
        const onAbort = () => finish(waiter, []);
        const waiter: Waiter = {
          request,
          done: false,
          resolve(result) {
            signal.removeEventListener('abort', onAbort);
            resolve(result);
          },
        };
        let set = waiters.get(request.type);
        if (set === undefined) {
          set = new Set();
          waiters.set(request.type, set);
        }
        set.add(waiter);
        signal.addEventListener('abort', onAbort, { once: true });
      });
    },
    complete(job) {
      dequeue(job);
      job.timer?.cancel();
      job.timer = undefined;
      job.status = 'COMPLETED';
      job.intent = 'COMPLETED';
      job.deadline = undefined;
      job.lastUpdateTime = clock.now();
      job.endTime = job.lastUpdateTime;
      record('COMPLETED', job);
    },
    fail(job, retries, errorMessage, backoffMs) {
      record('FAILED', job, '', errorMessage);
      dequeue(job);
      job.timer?.cancel();
      job.timer = undefined;
      job.retries = retries;
      job.errorMessage = errorMessage;
      job.intent = 'FAILED';
      job.deadline = undefined;
      job.lastUpdateTime = clock.now();
      if (retries <= 0) {
        job.status = 'FAILED';
        return 'noRetries';
      }
      job.hasFailedWithRetriesLeft = true;
      if (backoffMs > 0) {
        job.status = 'BACKOFF';
        const activation = job.activation;
        job.timer = clock.schedule(clock.now() + backoffMs, () => {
          if (job.status === 'BACKOFF' && job.activation === activation) makeActivatable(job);
        });
      } else {
        makeActivatable(job);
      }
      return 'retry';
    },
    errorThrown(job, errorCode, errorMessage) {
      record('FAILED', job, errorCode, errorMessage);
      dequeue(job);
      job.timer?.cancel();
      job.timer = undefined;
      job.status = 'ERROR_THROWN';
      job.intent = 'ERROR_THROWN';
      job.errorCode = errorCode;
      job.errorMessage = errorMessage;
      job.deadline = undefined;
      job.lastUpdateTime = clock.now();
    },
    cancel(job) {
      if (job.status === 'COMPLETED' || job.status === 'CANCELED') return;
      dequeue(job);
      job.timer?.cancel();
      job.timer = undefined;
      // A caught BPMN error ends the job; its last intent stays ERROR_THROWN.
      if (job.status !== 'ERROR_THROWN') job.intent = 'CANCELED';
      job.status = 'CANCELED';
      job.deadline = undefined;
      job.lastUpdateTime = clock.now();
      job.endTime = job.lastUpdateTime;
    },
    retry(job) {
      job.lastUpdateTime = clock.now();
      makeActivatable(job);
    },
    disable(job) {
      dequeue(job);
      job.status = 'FAILED';
    },
    updateRetries(job, retries) {
      job.retries = retries;
      job.intent = 'RETRIES_UPDATED';
      job.lastUpdateTime = clock.now();
    },
    updateTimeout(job, timeoutMs) {
      if (job.status !== 'ACTIVATED') {
        throw rejection(
          'UPDATE',
          'INVALID_ARGUMENT',
          `Expected to update the timeout of job with key '${job.key}', but it is not active`,
        );
      }
      const now = clock.now();
      job.deadline = now + timeoutMs;
      job.intent = 'TIMEOUT_UPDATED';
      job.lastUpdateTime = now;
      job.timer?.cancel();
      const activation = job.activation;
      job.timer = clock.schedule(job.deadline, () => {
        if (job.status !== 'ACTIVATED' || job.activation !== activation) return;
        job.intent = 'TIMED_OUT';
        job.lastUpdateTime = clock.now();
        makeActivatable(job);
      });
    },
    updatePriority(job, priority) {
      const queued = job.status === 'ACTIVATABLE';
      if (queued) dequeue(job);
      job.priority = priority;
      job.intent = 'PRIORITY_UPDATED';
      job.lastUpdateTime = clock.now();
      if (queued) enqueue(job);
    },
    all: () => jobs.values(),
    byProcessInstance: (key) => byInstance.get(key) ?? [],
    releaseWaiters() {
      for (const set of [...waiters.values()]) for (const waiter of [...set]) finish(waiter, []);
    },
    clear() {
      for (const job of jobs.values()) job.timer?.cancel();
      jobs.clear();
      byInstance.clear();
      queues.clear();
      dirtyTypes.clear();
      events.length = 0;
    },
  };
}
