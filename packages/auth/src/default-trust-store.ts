/** The slice of `node:tls` the trust store is read from (`getCACertificates` exists from Node 22.15 / 23.10). */
export interface TrustStoreSource {
  /** Node's bundled root certificates (PEM). */
  readonly rootCertificates: readonly string[];
  /** Node's full default store (bundled roots plus `NODE_EXTRA_CA_CERTS`), where Node has it. */
  readonly getCACertificates?: ((type?: 'default') => string[]) | undefined;
}

/** The slice of `node:fs` used to read `NODE_EXTRA_CA_CERTS` on Node versions without `getCACertificates`. */
export interface TrustStoreFiles {
  /** Reads a PEM file as text. */
  readFileSync(path: string, encoding: 'utf8'): string;
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/**
 * Node's full default trust store, the set a TLS socket trusts when no `ca` is given: the bundled roots plus the
 * certificates of `NODE_EXTRA_CA_CERTS` (and, with `--use-system-ca`, the system store). Passing `ca` replaces
 * that set, so a configured CA must be added to this one, not to `tls.rootCertificates` alone.
 *
 * Where `tls.getCACertificates('default')` exists it is the answer. On older Node (20.19+) the equivalent is
 * built: the bundled roots plus the PEM certificates of the `NODE_EXTRA_CA_CERTS` file (an unreadable file adds
 * nothing, as Node itself only warns about it); the system store of `--use-system-ca` is not available there.
 */
export function defaultTrustStore(
  source: TrustStoreSource = process.getBuiltinModule('node:tls'),
  env: Readonly<Record<string, string | undefined>> = process.env,
  files: TrustStoreFiles = process.getBuiltinModule('node:fs'),
): string[] {
  if (typeof source.getCACertificates === 'function') return source.getCACertificates('default');
  const store = [...source.rootCertificates];
  const extraFile = env.NODE_EXTRA_CA_CERTS;
  if (extraFile !== undefined && extraFile !== '') {
    let pem: string | undefined;
    try {
      pem = files.readFileSync(extraFile, 'utf8');
    } catch {
      pem = undefined;
    }
    if (pem !== undefined) store.push(...(pem.match(PEM_CERTIFICATE) ?? []).map((cert) => `${cert}\n`));
  }
  return store;
}
