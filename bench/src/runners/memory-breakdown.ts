import { readdirSync, readFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';

/** Resident bytes of this process by kind of mapping, from `/proc/self/smaps` (Linux only). */
export interface RssBreakdown {
  /** Resident bytes of all mappings (what `/proc/self/smaps_rollup` calls Rss). */
  readonly rss: number;
  /** File-backed and resident: the `node` binary's own pages. */
  readonly nodeBinary: number;
  /** File-backed and resident: shared libraries and other mapped files. */
  readonly otherFiles: number;
  /** The main malloc arena (`[heap]`, grown with brk). */
  readonly mainArena: number;
  /** Anonymous mappings that are glibc's per-thread malloc arenas (64 MB-aligned heaps). */
  readonly threadArenas: number;
  /** Number of such arenas with resident pages. */
  readonly threadArenaCount: number;
  /** Thread stacks (`[stack]` and anonymous mappings right after a guard page). */
  readonly stacks: number;
  /** Every other anonymous mapping: V8's heap pages, its code range, and large malloc blocks (mmap'd). */
  readonly otherAnonymous: number;
  /** Threads of this process, by name (`/proc/self/task/<tid>/comm`). */
  readonly threads: Readonly<Record<string, number>>;
  /** CPU time of each thread so far, in clock ticks (user + system), in the order of their ids. */
  readonly threadTicks: readonly number[];
}

interface Mapping {
  readonly start: bigint;
  readonly end: bigint;
  readonly perms: string;
  readonly path: string;
  rss: number;
}

const ARENA_SIZE = 64n * 1024n * 1024n;
const STACK_GUARD = 4096n;

function readMappings(): Mapping[] {
  const mappings: Mapping[] = [];
  let current: Mapping | undefined;
  for (const line of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    const header = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (header) {
      current = {
        start: BigInt(`0x${header[1]}`),
        end: BigInt(`0x${header[2]}`),
        perms: header[3] ?? '',
        path: header[4] ?? '',
        rss: 0,
      };
      mappings.push(current);
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss && current) current.rss = Number(rss[1]) * 1024;
  }
  return mappings;
}

/**
 * Where this process's resident memory is: file-backed pages, malloc arenas, thread stacks, and the rest of
 * the anonymous memory (mostly V8). A diagnostic for the soak (`BENCH_MEMORY_DEBUG=1`); the classification of
 * anonymous mappings is by shape (glibc arenas are 64 MB-aligned and 64 MB long with their reserve, thread stacks
 * follow a 4 kB guard page), so it is a close estimate, not an accounting V8 or glibc would give.
 */
export function rssBreakdown(): RssBreakdown {
  const maps = readMappings();
  let rss = 0;
  let nodeBinary = 0;
  let otherFiles = 0;
  let mainArena = 0;
  let threadArenas = 0;
  let threadArenaCount = 0;
  let stacks = 0;
  let otherAnonymous = 0;
  const execPath = process.execPath;
  for (let i = 0; i < maps.length; i++) {
    const m = maps[i] as Mapping;
    rss += m.rss;
    if (m.path === execPath || (m.path.startsWith('/') && m.path.endsWith('/node'))) nodeBinary += m.rss;
    else if (m.path.startsWith('/')) otherFiles += m.rss;
    else if (m.path === '[heap]') mainArena += m.rss;
    else if (m.path === '[stack]') stacks += m.rss;
    else if (m.path === '') {
      const next = maps[i + 1];
      const prev = maps[i - 1];
      const arena =
        m.start % ARENA_SIZE === 0n &&
        m.perms.startsWith('rw') &&
        (m.end - m.start === ARENA_SIZE ||
          (next !== undefined &&
            next.start === m.end &&
            next.perms.startsWith('---') &&
            next.end - m.start === ARENA_SIZE));
      const stack =
        prev !== undefined &&
        prev.end === m.start &&
        prev.perms.startsWith('---') &&
        prev.end - prev.start === STACK_GUARD &&
        m.perms.startsWith('rw');
      if (arena) {
        threadArenas += m.rss;
        if (m.rss > 0) threadArenaCount += 1;
      } else if (stack) stacks += m.rss;
      else otherAnonymous += m.rss;
    } else otherAnonymous += m.rss;
  }
  const threads: Record<string, number> = {};
  const threadTicks: number[] = [];
  const tids = readdirSync('/proc/self/task').sort((a, b) => Number(a) - Number(b));
  for (const tid of tids) {
    const name = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
    threads[name] = (threads[name] ?? 0) + 1;
    // Fields after the parenthesised name: state is the 1st, utime the 12th, stime the 13th.
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    threadTicks.push(Number(fields[11]) + Number(fields[12]));
  }
  return {
    rss,
    nodeBinary,
    otherFiles,
    mainArena,
    threadArenas,
    threadArenaCount,
    stacks,
    otherAnonymous,
    threads,
    threadTicks,
  };
}

/** One line per sample: the breakdown above, `process.memoryUsage()` and V8's spaces (committed / used), in MB. */
export function describeMemory(): string {
  const mb = (n: number) => (n / 1e6).toFixed(1);
  const b = rssBreakdown();
  const m = process.memoryUsage();
  const spaces = getHeapSpaceStatistics()
    .filter((space) => space.space_size > 0)
    .map(
      (space) =>
        `${space.space_name.replace(/_space$/, '')} ${mb(space.physical_space_size)}/${mb(space.space_used_size)}`,
    );
  const threads = Object.entries(b.threads)
    .map(([name, n]) => `${name}×${n}`)
    .join(' ');
  return (
    `pid ${process.pid} rss ${mb(b.rss)} = node ${mb(b.nodeBinary)} + files ${mb(b.otherFiles)} + [heap] ${mb(b.mainArena)} + ` +
    `arenas ${mb(b.threadArenas)} (${b.threadArenaCount}) + stacks ${mb(b.stacks)} + anon ${mb(b.otherAnonymous)}; ` +
    `heapTotal ${mb(m.heapTotal)} heapUsed ${mb(m.heapUsed)} external ${mb(m.external)} ` +
    `arrayBuffers ${mb(m.arrayBuffers)}; spaces physical/used: ${spaces.join(', ')}; threads: ${threads} ` +
    `(CPU ticks ${b.threadTicks.join(' ')})`
  );
}
