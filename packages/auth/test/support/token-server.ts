import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer, type ServerOptions as HttpsServerOptions } from 'node:https';
import type { AddressInfo } from 'node:net';

/** One request the token server received. */
export interface RecordedRequest {
  readonly method: string;
  readonly headers: IncomingMessage['headers'];
  readonly form: Record<string, string>;
}

/**
 * A scripted answer: a status with a JSON (or raw text) body, a default token once `after` settles, no answer
 * at all (`hang`), or a dropped connection.
 */
export type Reply =
  | { readonly status: number; readonly json?: unknown; readonly text?: string }
  | { readonly after: Promise<unknown> }
  | 'hang'
  | 'drop';

/** A real local OAuth token endpoint on 127.0.0.1 with a port chosen by the OS. */
export interface TokenServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Queues replies for the next requests; once the queue is empty each request gets a fresh token. */
  reply(...replies: Reply[]): void;
  close(): Promise<void>;
}

/** Token value the server issues for its n-th default reply (1-based). */
export const issuedToken = (n: number) => `access-token-${n}`;

/** Starts the server (HTTPS when `tls` is given). Default replies: `access-token-<n>`, `expires_in` 3600. */
export async function startTokenServer(tls?: HttpsServerOptions): Promise<TokenServer> {
  const requests: RecordedRequest[] = [];
  const queue: Reply[] = [];
  let issued = 0;

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      requests.push({ method: req.method ?? '', headers: req.headers, form });
      const reply = queue.shift() ?? tokenReply();
      if (reply === 'hang') return;
      if (reply === 'drop') {
        req.socket.destroy();
        return;
      }
      if ('after' in reply) {
        void reply.after.then(() => send(res, tokenReply()));
        return;
      }
      send(res, reply);
    });
  };

  const tokenReply = () => ({
    status: 200,
    json: { access_token: issuedToken(++issued), token_type: 'Bearer', expires_in: 3600 },
  });

  const send = (res: ServerResponse, reply: { status: number; json?: unknown; text?: string }) => {
    const isJson = reply.text === undefined;
    res.writeHead(reply.status, { 'content-type': isJson ? 'application/json' : 'text/plain' });
    res.end(isJson ? JSON.stringify(reply.json ?? {}) : reply.text);
  };

  const server: Server = tls === undefined ? createHttpServer(handler) : createHttpsServer(tls, handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const scheme = tls === undefined ? 'http' : 'https';

  return {
    url: `${scheme}://127.0.0.1:${port}/oauth/token`,
    requests,
    reply: (...replies) => {
      queue.push(...replies);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
