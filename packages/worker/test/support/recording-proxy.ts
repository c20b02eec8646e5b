import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request that went through the proxy, with the upstream's answer. */
export interface ProxiedRequest {
  readonly method: string;
  readonly path: string;
  /** The JSON request body, parsed (undefined when empty). */
  readonly body: unknown;
  readonly status: number;
  /** The upstream's response body as text. */
  readonly response: string;
}

/** A pass-through HTTP proxy that records every request body, to assert what reached the server. */
export interface RecordingProxy {
  /** The proxy's address with the upstream's path (for a REST address ending in `/v2`). */
  readonly restAddress: string;
  readonly requests: ProxiedRequest[];
  stop(): Promise<void>;
}

export async function startRecordingProxy(upstreamRestAddress: string): Promise<RecordingProxy> {
  const upstream = new URL(upstreamRestAddress);
  const requests: ProxiedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const forward = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
        },
        (answer) => {
          const out: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => out.push(chunk));
          answer.on('end', () => {
            const text = Buffer.concat(out).toString('utf8');
            requests.push({
              method: req.method ?? '',
              path: req.url ?? '',
              body: raw.length === 0 ? undefined : (JSON.parse(raw.toString('utf8')) as unknown),
              status: answer.statusCode ?? 0,
              response: text,
            });
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.end(text);
          });
        },
      );
      forward.on('error', () => res.destroy());
      // A client that gives up (an aborted long poll) ends the upstream request too.
      res.on('close', () => forward.destroy());
      forward.end(raw);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    restAddress: `http://127.0.0.1:${port}${upstream.pathname}`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
