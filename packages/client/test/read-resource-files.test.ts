import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readResourceFiles, resourceMimeType } from '../src/read-resource-files.js';
import { isResourceFileError } from '../src/resource-file-error.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'camunda-ts-deploy-'));
  await writeFile(join(dir, 'order.bpmn'), '<definitions/>');
  await writeFile(join(dir, 'form.form'), '{"components":[]}');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readResourceFiles', () => {
  it('reads each file into a File with its name, content and MIME type', async () => {
    const files = await readResourceFiles([join(dir, 'order.bpmn'), join(dir, 'form.form')]);
    expect(files.map((f) => [f.name, f.type])).toEqual([
      ['order.bpmn', 'application/xml'],
      ['form.form', 'application/json'],
    ]);
    expect(await files[0]?.text()).toBe('<definitions/>');
  });

  it('names the missing file in a typed error', async () => {
    const missing = join(dir, 'nope.dmn');
    const error = await readResourceFiles([join(dir, 'order.bpmn'), missing]).catch((e: unknown) => e);
    expect(isResourceFileError(error)).toBe(true);
    expect(error).toMatchObject({ path: missing, code: 'RESOURCE_FILE_NOT_FOUND' });
    expect((error as Error).message).toContain(missing);
  });

  it('reports a directory as unreadable', async () => {
    const error = await readResourceFiles([dir]).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ResourceFileError', code: 'RESOURCE_FILE_UNREADABLE', path: dir });
  });

  it('picks MIME types by extension', () => {
    expect(resourceMimeType('a/b/Model.DMN')).toBe('application/xml');
    expect(resourceMimeType('x.rpa')).toBe('application/json');
    expect(resourceMimeType('script.py')).toBe('application/octet-stream');
  });
});
