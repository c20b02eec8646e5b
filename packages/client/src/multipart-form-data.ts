/**
 * Turns the fields of a multipart operation's input (`createDeployment`: `{ resources: Blob[], tenantId? }`) into
 * `FormData`: arrays repeat the part, blobs keep their file name, other values are sent as text.
 */
export function multipartFormData(fields: unknown): FormData {
  if (fields instanceof FormData) return fields;
  const form = new FormData();
  if (fields === undefined || fields === null) return form;
  for (const [name, value] of Object.entries(fields as Record<string, unknown>)) {
    for (const item of Array.isArray(value) ? value : [value]) appendPart(form, name, item);
  }
  return form;
}

function appendPart(form: FormData, name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (value instanceof Blob) {
    form.append(name, value, value instanceof File ? value.name : name);
  } else if (typeof value === 'object') {
    form.append(name, JSON.stringify(value));
  } else {
    form.append(name, String(value));
  }
}
