import { describe, expect, it } from 'vitest';
import type { AttemptSender, IncomingResponse, ResponseBody } from '../src/attempt-sender.js';
import { createTransportCore, type TransportRequest } from '../src/index.js';
import { fakeAuth, testConfig } from './support/harness.js';

const completeJob: TransportRequest = {
  operationId: 'completeJob',
  method: 'POST',
  pathTemplate: '/jobs/{jobKey}/completion',
  pathParams: { jobKey: '5' },
  body: {},
  retrySafe: true,
  expect: { statuses: [204], contentType: undefined },
};

const getTopology: TransportRequest = {
  operationId: 'getTopology',
  method: 'GET',
  pathTemplate: '/topology',
  retrySafe: true,
  expect: { statuses: [200], contentType: 'application/json' },
};

/** A body that records how it was consumed; `content` is what a streaming read would yield. */
function recordingBody(content: string) {
  const reads: string[] = [];
  const bytes = new TextEncoder().encode(content);
  const body: ResponseBody = {
    text: async () => {
      reads.push('text');
      return content;
    },
    bytes: async () => {
      reads.push('bytes');
      return bytes;
    },
    dump: async () => {
      reads.push('dump');
    },
    [Symbol.asyncIterator]: () => {
      reads.push('stream');
      let done = false;
      return {
        next: async () => {
          if (done) return { done: true, value: undefined };
          done = true;
          return { done: false, value: bytes };
        },
        return: async () => ({ done: true, value: undefined }),
      };
    },
  };
  return { body, reads };
}

function senderAnswering(response: IncomingResponse): AttemptSender {
  return {
    ready: () => undefined,
    prepareForm: async (form) => form,
    send: async () => response,
    close: async () => {},
  };
}

describe('answers without content', () => {
  it('releases the body of a 204 without reading it and resolves with no body', async () => {
    // A 204 usually comes without `content-length`: the body must not be streamed chunk by chunk.
    const { body, reads } = recordingBody('');
    const transport = createTransportCore(
      { config: testConfig(), auth: fakeAuth() },
      senderAnswering({ status: 204, headers: {}, body }),
    );
    await expect(transport.send(completeJob)).resolves.toMatchObject({ status: 204, body: undefined });
    expect(reads).toEqual(['dump']);
  });

  it('still streams a 200 of unknown length, within the size limit', async () => {
    const { body, reads } = recordingBody('{"brokers":[]}');
    const transport = createTransportCore(
      { config: testConfig(), auth: fakeAuth() },
      senderAnswering({ status: 200, headers: { 'content-type': 'application/json' }, body }),
    );
    await expect(transport.send(getTopology)).resolves.toMatchObject({ status: 200, body: { brokers: [] } });
    expect(reads).toEqual(['stream']);
  });
});
