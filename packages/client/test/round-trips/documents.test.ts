import { describe, expect, it } from 'vitest';
import { DocumentId } from '../../src/index.js';
import { useEngineClient } from './engine-client.js';

describe('documents through the client', () => {
  const t = useEngineClient({ clock: 'manual', maxDocumentBytes: 1024 });

  it('uploads, downloads, links and deletes a document', async () => {
    const file = new File(['hello, documents'], 'hello.txt', { type: 'text/plain' });
    const ref = await t.client.createDocument({
      file,
      metadata: { customProperties: { origin: 'test' }, processInstanceKey: '2251799813685249' as never },
    });
    expect(ref).toMatchObject({
      'camunda.document.type': 'camunda',
      storeId: 'in-memory',
      metadata: {
        contentType: 'text/plain',
        fileName: 'hello.txt',
        size: 16,
        customProperties: { origin: 'test' },
      },
    });
    const documentId = DocumentId.of(ref.documentId);
    const content = await t.client.getDocument({ documentId });
    expect(new TextDecoder().decode(content)).toBe('hello, documents');

    const link = await t.client.createDocumentLink({ documentId, timeToLive: 60_000 });
    expect(Date.parse(link.expiresAt) - t.engine.clock.now()).toBe(60_000);
    const viaLink = await fetch(link.url);
    expect(await viaLink.text()).toBe('hello, documents');
    t.engine.clock.advance(60_000);
    expect((await fetch(link.url)).status).toBe(404);

    await expect(t.client.getDocument({ documentId, contentHash: 'not-the-hash' })).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      t.client.createDocumentLink({ documentId: DocumentId.of('missing'), timeToLive: 1_000 }),
    ).rejects.toMatchObject({ status: 400 });
    await t.client.deleteDocument({ documentId });
    await expect(t.client.getDocument({ documentId })).rejects.toMatchObject({ status: 404 });
  });

  it('uploads a batch, reporting the documents over the size limit as failed (207)', async () => {
    const result = await t.client.createDocuments({
      files: [new File(['small'], 'a.txt', { type: 'text/plain' }), new File(['x'.repeat(2048)], 'big.bin')],
    });
    expect(result.createdDocuments.map((d) => d.metadata.fileName)).toEqual(['a.txt']);
    expect(result.failedDocuments).toEqual([
      expect.objectContaining({ fileName: 'big.bin', status: 400, detail: expect.stringContaining('1024') }),
    ]);
  });

  it('lets a document expire', async () => {
    const expiresAt = new Date(t.engine.clock.now() + 1_000).toISOString();
    const ref = await t.client.createDocument({
      file: new File(['soon gone'], 'tmp.txt'),
      metadata: { expiresAt },
    });
    expect(ref.metadata.expiresAt).toBe(expiresAt);
    t.engine.clock.advance(1_000);
    await expect(t.client.getDocument({ documentId: DocumentId.of(ref.documentId) })).rejects.toMatchObject({
      status: 404,
    });
  });
});
