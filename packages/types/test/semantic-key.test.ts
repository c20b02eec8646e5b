import { describe, expect, it } from 'vitest';
import * as types from '../src/index.js';
import {
  InvalidKeyError,
  isCamundaError,
  isInvalidKeyError,
  ProcessDefinitionId,
  ProcessInstanceKey,
  SEMANTIC_KEY_NAMES,
  TenantId,
} from '../src/index.js';
import type { SemanticKeyCompanion } from '../src/semantic-key.js';
import { loadSpecFixture } from './spec-fixture.js';

const spec = loadSpecFixture();
const companions = types as unknown as Record<string, SemanticKeyCompanion<string> | undefined>;

describe('semantic key companions', () => {
  it('exports a companion for each of the 42 semantic keys of the spec', () => {
    const names = spec.metadata.semanticKeys.map((key) => key.name);
    expect(names).toHaveLength(42);
    expect([...SEMANTIC_KEY_NAMES].sort()).toEqual([...names].sort());
    for (const name of names) {
      const companion = companions[name];
      expect(companion?.typeName).toBe(name);
      expect(typeof companion?.of).toBe('function');
      expect(typeof companion?.is).toBe('function');
    }
  });

  it.each(spec.metadata.semanticKeys.filter((key) => (key.examples ?? []).length > 0))(
    'accepts the spec examples of $name',
    ({ name, examples }) => {
      for (const example of examples ?? []) {
        expect(companions[name]?.of(example)).toBe(example);
        expect(companions[name]?.is(example)).toBe(true);
      }
    },
  );

  it('returns the raw string itself from of()', () => {
    const raw = '2251799813690746';
    expect(ProcessInstanceKey.of(raw)).toBe(raw);
  });

  it('throws an InvalidKeyError naming the type and the broken rule', () => {
    const error = (() => {
      try {
        ProcessInstanceKey.of('not-a-number');
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InvalidKeyError);
    expect(isInvalidKeyError(error)).toBe(true);
    expect(isCamundaError(error)).toBe(true);
    const invalid = error as InvalidKeyError;
    expect(invalid.code).toBe('INVALID_SEMANTIC_KEY');
    expect(invalid.name).toBe('InvalidKeyError');
    expect(invalid.keyType).toBe('ProcessInstanceKey');
    expect(invalid.reason).toBe('pattern');
    expect(invalid.message).toContain('ProcessInstanceKey');
    expect(invalid.message).not.toContain('not-a-number');
  });

  it('enforces the length limits from the spec', () => {
    expect(() => ProcessInstanceKey.of('1'.repeat(26))).toThrow(
      expect.objectContaining({ reason: 'maxLength' }),
    );
    expect(() => ProcessInstanceKey.of('')).toThrow(expect.objectContaining({ reason: 'minLength' }));
    expect(ProcessInstanceKey.is('1'.repeat(25))).toBe(true);
  });

  it('rejects values that are not strings', () => {
    expect(ProcessInstanceKey.is(2251799813690746)).toBe(false);
    expect(ProcessInstanceKey.is(null)).toBe(false);
    expect(() => ProcessInstanceKey.of(42 as unknown as string)).toThrow(
      expect.objectContaining({ reason: 'type' }),
    );
  });

  it('applies Unicode patterns (letters beyond ASCII in BPMN ids)', () => {
    expect(ProcessDefinitionId.is('bestellung_prüfen')).toBe(true);
    expect(ProcessDefinitionId.is('1-starts-with-a-digit')).toBe(false);
  });

  it('accepts the default tenant marker and rejects over-long tenant ids', () => {
    expect(TenantId.is('<default>')).toBe(true);
    expect(TenantId.is('t'.repeat(32))).toBe(false);
  });

  it('exposes the constraints from the spec, frozen', () => {
    const { pattern, minLength, maxLength } = spec.metadata.semanticKeys.find(
      (key) => key.name === 'ProcessInstanceKey',
    )!.constraints;
    expect(ProcessInstanceKey.constraints).toEqual({
      pattern: new RegExp(pattern!, 'u'),
      minLength,
      maxLength,
    });
    expect(Object.isFrozen(ProcessInstanceKey)).toBe(true);
    expect(Object.isFrozen(ProcessInstanceKey.constraints)).toBe(true);
  });
});
