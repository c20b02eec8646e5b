import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** PEM material for a test CA, a server certificate for 127.0.0.1, and a client certificate (mTLS). */
export interface TestCertificates {
  readonly ca: string;
  readonly serverCert: string;
  readonly serverKey: string;
  readonly clientCert: string;
  /** Encrypted with {@link TestCertificates.clientKeyPassphrase}. */
  readonly clientKey: string;
  readonly clientKeyPassphrase: string;
}

const EC_KEY = '-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes';

/** Creates fresh certificates with the `openssl` binary in a temporary directory, then removes the directory. */
export function createTestCertificates(): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'camunda-ts-auth-certs-'));
  const passphrase = 'client-key-passphrase';
  // Arguments are space-separated; none of them contains a space.
  const openssl = (args: string) => execFileSync('openssl', args.split(' '), { cwd: dir, stdio: 'pipe' });
  const signWithCa = (name: string, serial: number) =>
    openssl(
      `x509 -req -in ${name}.csr -CA ca.crt -CAkey ca.key -set_serial ${serial} -days 1 -extfile ${name}.ext -out ${name}.crt`,
    );
  try {
    openssl(`req -x509 ${EC_KEY} -keyout ca.key -out ca.crt -days 1 -subj /CN=camunda-ts-test-ca`);

    writeFileSync(join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
    openssl(`req -new ${EC_KEY} -keyout server.key -out server.csr -subj /CN=localhost`);
    signWithCa('server', 2);

    writeFileSync(join(dir, 'client.ext'), 'extendedKeyUsage=clientAuth\n');
    openssl(
      `genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -aes-256-cbc -pass pass:${passphrase} -out client.key`,
    );
    openssl(`req -new -key client.key -passin pass:${passphrase} -out client.csr -subj /CN=client`);
    signWithCa('client', 3);

    const read = (name: string) => readFileSync(join(dir, name), 'utf8');
    return {
      ca: read('ca.crt'),
      serverCert: read('server.crt'),
      serverKey: read('server.key'),
      clientCert: read('client.crt'),
      clientKey: read('client.key'),
      clientKeyPassphrase: passphrase,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
