import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Secret } from '../src/secret.js';

describe('Secret', () => {
  it('reveals the value only through reveal()', () => {
    const s = new Secret('hunter2');
    expect(s.reveal()).toBe('hunter2');
    expect(String(s)).not.toContain('hunter2');
    expect(JSON.stringify({ s })).not.toContain('hunter2');
    expect(inspect({ s }, { depth: 10, showHidden: true })).not.toContain('hunter2');
  });
});
