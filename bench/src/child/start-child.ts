import { type ChildProcess, fork } from 'node:child_process';
import type { ChildApi, ChildMessage } from './child-protocol.js';

/** The bench's handle on one child process. */
export interface ChildHandle<A extends ChildApi> {
  readonly pid: number;
  /** Calls a method of the child; rejects with the child's error, or when the child dies. */
  call<K extends keyof A & string>(
    method: K,
    params: Parameters<A[K]>[0],
    timeoutMs?: number,
  ): Promise<Awaited<ReturnType<A[K]>>>;
  /** Listens to an event the child pushes; returns the function that stops listening. */
  on(event: string, listener: (data: unknown) => void): () => void;
  /** Asks the child to clean up and exit; kills it when it does not within a few seconds. */
  close(): Promise<void>;
}

/** Options of {@link startChild}. */
export interface StartChildOptions {
  /** Shown in error messages. */
  readonly name: string;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Extra Node flags (the child never inherits the bench's own loader flags). */
  readonly execArgv?: readonly string[];
}

const STDERR_TAIL = 4_000;

/**
 * Forks a compiled child entry as a plain Node process (no TypeScript loader, so the code under test runs as
 * users run it) and waits until it serves calls.
 */
export function startChild<A extends ChildApi>(
  entry: string,
  options: StartChildOptions,
): Promise<ChildHandle<A>> {
  const child: ChildProcess = fork(entry, [], {
    cwd: options.cwd,
    env: options.env,
    execArgv: [...(options.execArgv ?? [])],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  let stderr = '';
  const verbose = process.env.BENCH_VERBOSE === '1';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_TAIL);
    if (verbose) process.stderr.write(`[${options.name}] ${chunk.toString('utf8')}`);
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    if (verbose) process.stderr.write(`[${options.name}] ${chunk.toString('utf8')}`);
  });

  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const listeners = new Map<string, Set<(data: unknown) => void>>();
  let exited: Error | undefined;
  const exitPromise = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  return new Promise((resolveStart, rejectStart) => {
    const dead = (code: number | null, signal: NodeJS.Signals | null) => {
      exited = new Error(
        `${options.name} exited (${signal ?? `code ${code}`})${stderr.trim() ? `: ${stderr.trim().slice(-600)}` : ''}`,
      );
      for (const p of pending.values()) p.reject(exited);
      pending.clear();
      rejectStart(exited);
    };
    child.once('exit', dead);
    child.once('error', (error) => rejectStart(error));
    child.on('message', (raw: unknown) => {
      const message = raw as ChildMessage;
      if (message.kind === 'ready') {
        resolveStart(handle);
      } else if (message.kind === 'reply') {
        const p = pending.get(message.id);
        pending.delete(message.id);
        if (message.ok) p?.resolve(message.value);
        else p?.reject(new Error(`${options.name}: ${message.error}`));
      } else if (message.kind === 'event') {
        for (const listener of listeners.get(message.event) ?? []) listener(message.data);
      }
    });

    const handle: ChildHandle<A> = {
      pid: child.pid ?? -1,
      call(method, params, timeoutMs = 600_000) {
        if (exited) return Promise.reject(exited);
        const id = nextId++;
        return new Promise((resolve, reject) => {
          const timer = setTimeout(() => {
            pending.delete(id);
            reject(new Error(`${options.name}: ${method} did not answer within ${timeoutMs} ms`));
          }, timeoutMs);
          pending.set(id, {
            resolve: (v) => {
              clearTimeout(timer);
              resolve(v as never);
            },
            reject: (e) => {
              clearTimeout(timer);
              reject(e);
            },
          });
          child.send({ kind: 'call', id, method, params });
        });
      },
      on(event, listener) {
        const set = listeners.get(event) ?? new Set();
        set.add(listener);
        listeners.set(event, set);
        return () => set.delete(listener);
      },
      async close() {
        if (exited) return;
        const killTimer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        try {
          await Promise.race([
            handle.call('close' as never, undefined as never, 5_000).catch(() => {}),
            exitPromise,
          ]);
          await exitPromise;
        } finally {
          clearTimeout(killTimer);
        }
      },
    };
  });
}
