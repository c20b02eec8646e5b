import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TestCertificates } from './test-certificates.js';

/** An HTTPS front for a plain-HTTP engine. */
export interface TlsProxy {
  /** `https://127.0.0.1:<port>/v2`. */
  readonly restAddress: string;
  close(): Promise<void>;
}

/**
 * Terminates mutual TLS (a client certificate signed by the test CA is required) and forwards each request to
 * the engine at `target`. The in-memory engine speaks plain HTTP; this lets the TLS example run for real.
 */
export async function startTlsProxy(target: string, certificates: TestCertificates): Promise<TlsProxy> {
  const upstream = new URL(target);
  const server = createServer(
    {
      cert: readFileSync(certificates.serverCert),
      key: readFileSync(certificates.serverKey),
      ca: readFileSync(certificates.caCert),
      requestCert: true,
      rejectUnauthorized: true,
    },
    (incoming, outgoing) => {
      const forwarded = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: incoming.method,
          path: incoming.url,
          headers: { ...incoming.headers, host: upstream.host },
        },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      forwarded.on('error', () => outgoing.destroy());
      incoming.pipe(forwarded);
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    restAddress: `https://127.0.0.1:${port}${upstream.pathname}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
