import type { AuthProvider } from '@camunda-ts/auth';
import { describe, expect, it } from 'vitest';
import type { AttemptSender, OutgoingAttempt } from '../src/attempt-sender.js';
import { createTransportCore, type GatePermit, type TransportGate } from '../src/index.js';
import { COMPLETE_JOB, testConfig } from './support/harness.js';

function recordingSender() {
  const sent: OutgoingAttempt[] = [];
  const sender: AttemptSender = {
    ready: () => undefined,
    prepareForm: async (form) => form,
    send: (attempt) => {
      sent.push(attempt);
      queueMicrotask(() => attempt.respond({ status: 204, headers: {}, body: new Uint8Array(0) }));
    },
    close: async () => {},
  };
  return { sender, sent };
}

function bearer(withHeadersNow: boolean): AuthProvider {
  const headers = { authorization: 'Bearer t' };
  return {
    kind: 'test',
    headers: async () => ({ ...headers }),
    ...(withHeadersNow && { headersNow: () => ({ ...headers }) }),
    invalidate: () => {},
  };
}

function recordingGate(grantAtOnce: boolean) {
  const calls: string[] = [];
  const permit: GatePermit = { release: () => calls.push('release') };
  const gate: TransportGate = {
    acquire: async () => {
      calls.push('acquire');
      return permit;
    },
    tryAcquire: () => {
      calls.push('tryAcquire');
      return grantAtOnce ? permit : undefined;
    },
    record: () => {},
  };
  return { gate, calls };
}

describe('a call that needs no wait', () => {
  it('reaches the sender in the turn it was made when credentials are at hand and the gate admits it', async () => {
    const { sender, sent } = recordingSender();
    const { gate, calls } = recordingGate(true);
    const transport = createTransportCore({ config: testConfig(), auth: bearer(true), gate }, sender);
    const pending = transport.send(COMPLETE_JOB);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.headers.authorization).toBe('Bearer t');
    await expect(pending).resolves.toMatchObject({ status: 204 });
    expect(calls).toEqual(['tryAcquire', 'release']);
  });

  it('waits for headers() when the provider has none at hand, and for acquire() when the gate would queue', async () => {
    const { sender, sent } = recordingSender();
    const { gate, calls } = recordingGate(false);
    const transport = createTransportCore({ config: testConfig(), auth: bearer(false), gate }, sender);
    const pending = transport.send(COMPLETE_JOB);
    expect(sent).toHaveLength(0);
    await expect(pending).resolves.toMatchObject({ status: 204 });
    expect(sent[0]?.headers.authorization).toBe('Bearer t');
    expect(calls).toEqual(['tryAcquire', 'acquire', 'release']);
  });

  it('gives the permit back when the caller aborts after a same-turn send', async () => {
    const { sender, sent } = recordingSender();
    const { gate, calls } = recordingGate(true);
    const transport = createTransportCore({ config: testConfig(), auth: bearer(true), gate }, sender);
    const caller = new AbortController();
    const pending = transport.send(COMPLETE_JOB, { signal: caller.signal });
    caller.abort(new Error('stop'));
    // The abort came after the request went out: the caller gets an AbortError, the permit is given back.
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(sent).toHaveLength(1);
    expect(calls).toEqual(['tryAcquire', 'release']);
  });
});
