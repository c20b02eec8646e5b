/** Where an operation accepts a tenant the caller may omit. */
export type TenantDefaultField = 'tenantId' | 'tenantIds' | undefined;

/**
 * Returns the request body with the default tenant filled in where the operation allows an optional tenant and
 * the caller left it out. Never mutates the caller's object; `FormData` (multipart) gets a `tenantId` part.
 */
export function applyDefaultTenant(body: unknown, field: TenantDefaultField, tenantId: string): unknown {
  if (field === undefined || tenantId === '') return body;
  if (body instanceof FormData) {
    if (field !== 'tenantId' || body.has('tenantId')) return body;
    const copy = new FormData();
    for (const [name, value] of body) copy.append(name, value);
    copy.append('tenantId', tenantId);
    return copy;
  }
  if (body === undefined || body === null) return { [field]: field === 'tenantIds' ? [tenantId] : tenantId };
  if (typeof body !== 'object' || Array.isArray(body)) return body;
  if ((body as Record<string, unknown>)[field] !== undefined) return body;
  return { ...body, [field]: field === 'tenantIds' ? [tenantId] : tenantId };
}
