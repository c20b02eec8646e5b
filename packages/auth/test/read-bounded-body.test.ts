import { describe, expect, it } from 'vitest';
import { readBoundedBody } from '../src/index.js';

async function* chunks(sizes: number[], seen: { pulled: number; closed: boolean }) {
  try {
    for (const size of sizes) {
      seen.pulled += 1;
      yield new Uint8Array(size).fill(97);
    }
  } finally {
    seen.closed = true;
  }
}

describe('readBoundedBody', () => {
  it('joins the chunks of a body within the limit', async () => {
    const seen = { pulled: 0, closed: false };
    const read = await readBoundedBody(chunks([3, 4], seen), 7);
    expect(read).toEqual({ ok: true, bytes: new Uint8Array(7).fill(97) });
  });

  it('stops reading a body without content-length as soon as it passes the limit', async () => {
    const seen = { pulled: 0, closed: false };
    const read = await readBoundedBody(chunks([5, 5, 5, 5], seen), 8);
    expect(read).toEqual({ ok: false, receivedBytes: 10 });
    expect(seen).toEqual({ pulled: 2, closed: true });
  });

  it('does not read a body whose content-length is over the limit', async () => {
    const seen = { pulled: 0, closed: false };
    const read = await readBoundedBody(chunks([5], seen), 8, '1000000');
    expect(read).toEqual({ ok: false, receivedBytes: 1_000_000 });
    expect(seen.pulled).toBe(0);
  });
});
