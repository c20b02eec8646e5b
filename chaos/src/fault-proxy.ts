import net from 'node:net';

/** What the proxy does to traffic right now. Every field can be changed while it runs. */
export interface FaultSettings {
  /**
   * `pass`: forward. `refuse`: stop listening (connections refused). `blackhole`: accept, answer nothing; the
   * connections it swallowed are reset when the hole closes (a middlebox that lost their state). `storm503`:
   * answer every request itself with `503 RESOURCE_EXHAUSTED`.
   */
  readonly mode: 'pass' | 'refuse' | 'blackhole' | 'storm503';
  /**
   * Chance that a connection is reset, rolled when it opens and again for each request it carries (kept-alive
   * connections would otherwise dodge the fault); the reset comes at a random moment within `resetWithinMs`, so
   * it hits requests before they arrive, while the engine works on them, and while their answers travel.
   */
  readonly resetRatio: number;
  /** Window in which a doomed connection is reset. */
  readonly resetWithinMs: number;
  /** Share of responses held back for `latencyMs` before they are forwarded. */
  readonly latencyRatio: number;
  /** How long a delayed response is held. */
  readonly latencyMs: number;
  /**
   * Share of job activation responses lost in transit: the engine activated the jobs, the connection is reset
   * before the worker hears of them.
   */
  readonly lostActivationRatio: number;
}

/** What the proxy did, for the report. */
export interface FaultProxyCounters {
  connections: number;
  resets: number;
  refusedWindows: number;
  blackholed: number;
  stormed: number;
  delayed: number;
  lostActivations: number;
}

/** A TCP proxy on 127.0.0.1 that injects faults between a client and one upstream port. */
export interface FaultProxy {
  /** Where clients connect. */
  readonly url: string;
  /** Counters since start. */
  readonly counters: FaultProxyCounters;
  /**
   * Completions the engine accepted (2xx), by job key, as seen on the engine's side of the proxy: an answer lost
   * on its way to the worker still counts.
   */
  readonly acceptedCompletions: ReadonlyMap<string, number>;
  /** Changes the faults; resolves once a `refuse`/`pass` switch took effect on the listening socket. */
  set(settings: Partial<FaultSettings>): Promise<void>;
  /** Closes every connection and the listener. */
  close(): Promise<void>;
}

const PASS: FaultSettings = Object.freeze({
  mode: 'pass',
  resetRatio: 0,
  resetWithinMs: 1_000,
  latencyRatio: 0,
  latencyMs: 0,
  lostActivationRatio: 0,
});

const COMPLETION_PATH = /^\/v2\/jobs\/([^/]+)\/completion$/;
const SUCCESS_STATUS = /^HTTP\/1\.[01] 2\d\d /;

const REQUEST_START = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\S+) HTTP\/1\.[01]\r\n/;

const STORM_BODY = JSON.stringify({
  type: 'about:blank',
  title: 'RESOURCE_EXHAUSTED',
  status: 503,
  detail: 'Injected by the chaos proxy: the broker is overloaded',
});
const STORM_RESPONSE =
  'HTTP/1.1 503 Service Unavailable\r\n' +
  'content-type: application/problem+json\r\n' +
  `content-length: ${Buffer.byteLength(STORM_BODY)}\r\n` +
  'connection: close\r\n\r\n' +
  STORM_BODY;

interface Connection {
  readonly client: net.Socket;
  upstream: net.Socket | undefined;
  /** Swallowed by a black hole: never forwards again and is reset when the hole closes. */
  swallowed: boolean;
  /** The next upstream chunk starts the answer to the last request. */
  answerPending: boolean;
  lastRequestIsActivation: boolean;
  /** The job key of the completion the last request asked for, if it was one. */
  completionKey: string | undefined;
  /** Upstream chunks are written in order through this chain (some are delayed). */
  out: Promise<void>;
  holdMs: number;
}

/** Starts a fault proxy in front of `127.0.0.1:upstreamPort`. `random` drives every dice roll. */
export async function startFaultProxy(upstreamPort: number, random: () => number): Promise<FaultProxy> {
  let settings: FaultSettings = PASS;
  const counters: FaultProxyCounters = {
    connections: 0,
    resets: 0,
    refusedWindows: 0,
    blackholed: 0,
    stormed: 0,
    delayed: 0,
    lostActivations: 0,
  };
  const connections = new Set<Connection>();
  const acceptedCompletions = new Map<string, number>();
  const server = net.createServer((socket) => accept(socket));
  server.on('error', () => {});

  const listen = (port: number): Promise<number> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as net.AddressInfo).port);
      });
    });
  const port = await listen(0);

  function drop(conn: Connection, reset: boolean): void {
    connections.delete(conn);
    if (reset) conn.client.resetAndDestroy();
    else conn.client.destroy();
    conn.upstream?.destroy();
  }

  function accept(client: net.Socket): void {
    counters.connections++;
    client.setNoDelay(true);
    client.on('error', () => {});
    const conn: Connection = {
      client,
      upstream: undefined,
      swallowed: settings.mode === 'blackhole',
      answerPending: false,
      lastRequestIsActivation: false,
      completionKey: undefined,
      out: Promise.resolve(),
      holdMs: 0,
    };
    connections.add(conn);
    client.on('close', () => {
      connections.delete(conn);
      conn.upstream?.destroy();
    });
    if (conn.swallowed) counters.blackholed++;
    maybeDoom(conn);
    client.on('data', (chunk: Buffer) => fromClient(conn, chunk));
  }

  /** Rolls the reset dice for a connection; a doomed one is reset at a random moment soon. */
  function maybeDoom(conn: Connection): void {
    if (settings.resetRatio <= 0 || random() >= settings.resetRatio) return;
    const timer = setTimeout(
      () => {
        if (!connections.has(conn)) return;
        counters.resets++;
        drop(conn, true);
      },
      Math.floor(random() * settings.resetWithinMs),
    );
    conn.client.once('close', () => clearTimeout(timer));
  }

  function connectUpstream(conn: Connection): net.Socket {
    const upstream = net.connect(upstreamPort, '127.0.0.1');
    upstream.setNoDelay(true);
    upstream.on('error', () => drop(conn, true));
    upstream.on('close', () => {
      if (connections.has(conn)) conn.out.then(() => conn.client.end());
    });
    upstream.on('data', (chunk: Buffer) => fromUpstream(conn, chunk));
    conn.upstream = upstream;
    return upstream;
  }

  function fromClient(conn: Connection, chunk: Buffer): void {
    if (conn.swallowed || settings.mode === 'blackhole') {
      if (!conn.swallowed) counters.blackholed++;
      conn.swallowed = true;
      return;
    }
    const start = REQUEST_START.exec(chunk.toString('latin1', 0, Math.min(chunk.length, 256)));
    if (start !== null) {
      if (settings.mode === 'storm503') {
        counters.stormed++;
        conn.client.end(STORM_RESPONSE);
        conn.upstream?.destroy();
        connections.delete(conn);
        return;
      }
      conn.answerPending = true;
      maybeDoom(conn);
      conn.lastRequestIsActivation = start[1] === 'POST' && start[2] === '/v2/jobs/activation';
      conn.completionKey = start[1] === 'POST' ? COMPLETION_PATH.exec(start[2] as string)?.[1] : undefined;
    }
    (conn.upstream ?? connectUpstream(conn)).write(chunk);
  }

  function fromUpstream(conn: Connection, chunk: Buffer): void {
    if (conn.swallowed || settings.mode === 'blackhole') {
      if (!conn.swallowed) counters.blackholed++;
      conn.swallowed = true;
      return;
    }
    if (conn.answerPending) {
      conn.answerPending = false;
      const key = conn.completionKey;
      if (key !== undefined && SUCCESS_STATUS.test(chunk.toString('latin1', 0, 16))) {
        acceptedCompletions.set(key, (acceptedCompletions.get(key) ?? 0) + 1);
      }
      if (conn.lastRequestIsActivation && random() < settings.lostActivationRatio) {
        counters.lostActivations++;
        drop(conn, true);
        return;
      }
      conn.holdMs = random() < settings.latencyRatio ? settings.latencyMs : 0;
      if (conn.holdMs > 0) counters.delayed++;
    }
    // Only the first chunk of a held answer waits; the rest follow it in order.
    const holdMs = conn.holdMs;
    conn.holdMs = 0;
    conn.out = conn.out.then(async () => {
      if (holdMs > 0) await new Promise((resolve) => setTimeout(resolve, holdMs));
      if (connections.has(conn)) conn.client.write(chunk);
    });
  }

  async function set(next: Partial<FaultSettings>): Promise<void> {
    const previous = settings;
    settings = { ...settings, ...next };
    if (previous.mode === settings.mode) return;
    if (previous.mode === 'blackhole') {
      for (const conn of [...connections]) if (conn.swallowed) drop(conn, true);
    }
    if (settings.mode === 'refuse') {
      counters.refusedWindows++;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const conn of [...connections]) drop(conn, true);
      await closed;
    } else if (previous.mode === 'refuse') {
      await listen(port);
    }
  }

  return {
    url: `http://127.0.0.1:${port}`,
    counters,
    acceptedCompletions,
    set,
    async close() {
      for (const conn of [...connections]) drop(conn, false);
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
