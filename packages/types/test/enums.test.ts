import { describe, expect, it } from 'vitest';
import * as types from '../src/index.js';
import { ElementInstanceFilterFieldsType, ProcessInstanceStateEnum } from '../src/index.js';
import { loadSpecFixture } from './spec-fixture.js';

const spec = loadSpecFixture();
const exported = types as unknown as Record<string, Record<string, string> | undefined>;
const componentEnums = Object.entries(spec.schemas).filter(([, schema]) => schema.enum !== undefined);

describe('enum constants', () => {
  it('exist for every component enum, with one key per spec value, equal to the value', () => {
    expect(componentEnums.length).toBeGreaterThan(0);
    expect(Object.fromEntries(componentEnums.map(([name]) => [name, exported[name]]))).toEqual(
      Object.fromEntries(
        componentEnums.map(([name, schema]) => [
          name,
          Object.fromEntries(schema.enum!.map((value) => [value, value])),
        ]),
      ),
    );
  });

  it('are read-only values usable in requests', () => {
    expect(ProcessInstanceStateEnum.ACTIVE).toBe('ACTIVE');
    const state: ProcessInstanceStateEnum = ProcessInstanceStateEnum.COMPLETED;
    expect(state).toBe('COMPLETED');
  });

  it('exist for inline enums of properties too', () => {
    const inline = spec.schemas.ElementInstanceFilterFields!.properties!.type!.enum!;
    expect(Object.values(ElementInstanceFilterFieldsType)).toEqual(inline);
  });
});
