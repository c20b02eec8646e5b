import { rootCertificates } from 'node:tls';
import { Secret } from '@camunda-ts/config';
import { describe, expect, it } from 'vitest';
import { defaultTrustStore, tlsConnectOptions } from '../src/index.js';

const PRIVATE_CA = '-----BEGIN CERTIFICATE-----\nprivate-ca\n-----END CERTIFICATE-----\n';

describe('tlsConnectOptions', () => {
  it('is empty when nothing is configured, so Node keeps its defaults', () => {
    expect(
      tlsConnectOptions({ ca: undefined, cert: undefined, key: undefined, passphrase: undefined }),
    ).toEqual({});
  });

  it("adds the configured CA to Node's default trust store instead of replacing it", () => {
    const options = tlsConnectOptions({
      ca: PRIVATE_CA,
      cert: undefined,
      key: undefined,
      passphrase: undefined,
    });
    expect(options.ca).toHaveLength(defaultTrustStore().length + 1);
    expect(options.ca?.at(-1)).toBe(PRIVATE_CA);
    expect(options.ca).toEqual(expect.arrayContaining([...rootCertificates]));
  });

  it('reveals the client key and passphrase for the TLS stack', () => {
    const options = tlsConnectOptions({
      ca: undefined,
      cert: 'client-cert-pem',
      key: new Secret('client-key-pem'),
      passphrase: new Secret('key-passphrase'),
    });
    expect(options).toEqual({ cert: 'client-cert-pem', key: 'client-key-pem', passphrase: 'key-passphrase' });
  });
});
