import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isResourceFileError } from '../src/resource-file-error.js';
import { resourceFormData, resourceMimeType } from '../src/resource-form-data.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'camunda-ts-deploy-'));
  await writeFile(join(dir, 'order.bpmn'), '<definitions/>');
  await writeFile(join(dir, 'form.form'), '{"components":[]}');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('resourceFormData', () => {
  it('builds one resources part per file with its name, content and MIME type', async () => {
    const form = await resourceFormData([join(dir, 'order.bpmn'), join(dir, 'form.form')], 'acme');
    const parts = form.getAll('resources') as File[];
    expect(parts.map((p) => [p.name, p.type])).toEqual([
      ['order.bpmn', 'application/xml'],
      ['form.form', 'application/json'],
    ]);
    expect(await parts[0]?.text()).toBe('<definitions/>');
    expect(form.get('tenantId')).toBe('acme');
  });

  it('names the missing file in a typed error', async () => {
    const missing = join(dir, 'nope.dmn');
    const error = await resourceFormData([join(dir, 'order.bpmn'), missing], undefined).catch((e: unknown) => e);
    expect(isResourceFileError(error)).toBe(true);
    expect(error).toMatchObject({ path: missing, code: 'RESOURCE_FILE_NOT_FOUND' });
    expect((error as Error).message).toContain(missing);
  });

  it('reports a directory as unreadable', async () => {
    const error = await resourceFormData([dir], undefined).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ResourceFileError', code: 'RESOURCE_FILE_UNREADABLE', path: dir });
  });

  it('picks MIME types by extension', () => {
    expect(resourceMimeType('a/b/Model.DMN')).toBe('application/xml');
    expect(resourceMimeType('x.rpa')).toBe('application/json');
    expect(resourceMimeType('script.py')).toBe('application/octet-stream');
  });
});
