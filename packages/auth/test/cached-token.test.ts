import { describe, expect, it } from 'vitest';
import { cachedToken } from '../src/cached-token.js';

const issuedAt = 1_000_000;

describe('cachedToken', () => {
  it('refreshes 5 % of a long lifetime before expiry', () => {
    expect(cachedToken('t', issuedAt, issuedAt + 3_600_000).refreshAt).toBe(issuedAt + 3_420_000);
  });

  it('refreshes at least 30 s before expiry', () => {
    expect(cachedToken('t', issuedAt, issuedAt + 300_000).refreshAt).toBe(issuedAt + 270_000);
  });

  it('caps the margin at half of a lifetime under a minute', () => {
    expect(cachedToken('t', issuedAt, issuedAt + 40_000).refreshAt).toBe(issuedAt + 20_000);
  });
});
