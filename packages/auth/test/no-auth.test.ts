import { describe, expect, it } from 'vitest';
import { createNoAuth } from '../src/index.js';

describe('createNoAuth', () => {
  it('adds no headers', async () => {
    const auth = createNoAuth();
    await expect(auth.headers({})).resolves.toEqual({});
    expect(auth.kind).toBe('none');
    expect(() => auth.invalidate('401')).not.toThrow();
  });

  it('has its (empty) headers at hand without waiting', () => {
    expect(createNoAuth().headersNow?.()).toEqual({});
  });
});
