import type { Attributes } from '@opentelemetry/api';
import { ATTR_SERVER_ADDRESS, ATTR_SERVER_PORT } from './attribute-names.js';

/** `server.address` and `server.port` of a REST address, plus its base path (`/v2`) for `url.template`. */
export function serverAttributes(restAddress: string): {
  readonly attributes: Attributes;
  readonly basePath: string;
} {
  const url = new URL(restAddress);
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  const basePath = url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : url.pathname;
  // An IPv6 host is bracketed in URLs only.
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return {
    attributes: Object.freeze({ [ATTR_SERVER_ADDRESS]: host, [ATTR_SERVER_PORT]: port }),
    basePath,
  };
}
