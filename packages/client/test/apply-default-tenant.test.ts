import { describe, expect, it } from 'vitest';
import { applyDefaultTenant } from '../src/apply-default-tenant.js';

describe('applyDefaultTenant', () => {
  it('fills an omitted tenantId without touching the caller object', () => {
    const body = { processDefinitionId: 'order' };
    const result = applyDefaultTenant(body, 'tenantId', 'acme');
    expect(result).toEqual({ processDefinitionId: 'order', tenantId: 'acme' });
    expect(body).toEqual({ processDefinitionId: 'order' });
  });

  it('keeps a tenant the caller gave', () => {
    const body = { tenantId: 'other' };
    expect(applyDefaultTenant(body, 'tenantId', 'acme')).toBe(body);
  });

  it('fills tenantIds as a one-element list (job activation)', () => {
    expect(applyDefaultTenant({ type: 'pay' }, 'tenantIds', 'acme')).toEqual({
      type: 'pay',
      tenantIds: ['acme'],
    });
    expect(applyDefaultTenant({ type: 'pay', tenantIds: ['x'] }, 'tenantIds', 'acme')).toEqual({
      type: 'pay',
      tenantIds: ['x'],
    });
  });

  it('leaves operations without an optional tenant alone', () => {
    const body = { a: 1 };
    expect(applyDefaultTenant(body, undefined, 'acme')).toBe(body);
  });

  it('adds a tenantId part to a multipart body without mutating it', () => {
    const form = new FormData();
    form.append('resources', new Blob(['<x/>'], { type: 'application/xml' }), 'a.bpmn');
    const result = applyDefaultTenant(form, 'tenantId', 'acme') as FormData;
    expect(result.get('tenantId')).toBe('acme');
    expect(form.has('tenantId')).toBe(false);
    expect((result.get('resources') as File).name).toBe('a.bpmn');
  });
});
