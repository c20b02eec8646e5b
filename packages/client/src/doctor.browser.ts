import { ConfigError } from '@camunda-ts/config';
import type { DoctorOptions, DoctorReport } from './doctor.js';

/**
 * The doctor probes DNS, TCP and TLS itself and reads the environment: a diagnosis for a server. The `browser`
 * and `worker` builds cannot open sockets of their own, so it is refused there (the browser's developer tools
 * show what a page's requests did).
 */
export async function runDoctor(_options: DoctorOptions = {}): Promise<DoctorReport> {
  throw new ConfigError([
    {
      code: 'UNSUPPORTED_RUNTIME',
      key: 'runDoctor',
      message:
        'runDoctor probes DNS, TCP and TLS itself, which the browser and worker builds cannot: run it with Node',
    },
  ]);
}
