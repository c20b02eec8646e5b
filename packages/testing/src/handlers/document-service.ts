import { createHash, randomUUID } from 'node:crypto';
import { isoDate } from '../api/api-results.js';
import type { EngineContext } from '../engine/engine-context.js';
import type { EngineResponse, HandlerTable, MultipartPart } from '../http/engine-handler.js';
import { TestEngineError } from '../test-engine-error.js';
import { badRequest, bodyObject, integerField } from './handler-support.js';

/** The id of the engine's one document store, as in a Camunda with the in-memory store. */
export const DOCUMENT_STORE_ID = 'in-memory';
const DEFAULT_LINK_TTL_MS = 3_600_000;

interface StoredDocument {
  readonly documentId: string;
  readonly content: Buffer;
  readonly contentHash: string;
  readonly contentType: string;
  readonly fileName: string;
  readonly expiresAt: number | undefined;
  readonly processDefinitionId: string | null;
  readonly processInstanceKey: string | null;
  readonly customProperties: Record<string, unknown>;
}

/** Where document links point and how large a document may be. */
export interface DocumentOptions {
  /** `http://host:port` of the engine, known once it listens. */
  readonly origin: () => string;
  readonly maxDocumentBytes: number;
}

/** The document store and its operations; `serveLink` answers `GET /document-links/{token}` without credentials. */
export interface DocumentService {
  readonly handlers: HandlerTable;
  serveLink(pathname: string): EngineResponse | undefined;
  clear(): void;
  /** Captures every document and link; the returned function puts exactly them back (backups). */
  snapshot(): () => void;
}

// The spec documents 404 for reads and deletes but only 400 for link creation: there, a missing document is a 400
// titled NOT_FOUND.
function notFound(message: string, status: 400 | 404): TestEngineError {
  return new TestEngineError(message, { code: 'NOT_FOUND', status, title: 'NOT_FOUND' });
}

/** Documents in memory: upload (single and batch), download, delete, links with an expiry, size limit. */
export function documentService(ctx: EngineContext, options: DocumentOptions): DocumentService {
  const documents = new Map<string, StoredDocument>();
  const links = new Map<string, { documentId: string; expiresAt: number }>();

  const checkStore = (query: URLSearchParams, status: 400 | 404) => {
    const storeId = query.get('storeId');
    if (storeId !== null && storeId !== DOCUMENT_STORE_ID) {
      throw notFound(
        `Document store '${storeId}' does not exist; the test engine has '${DOCUMENT_STORE_ID}'`,
        status,
      );
    }
  };
  // A document whose content hash does not match is, to the caller, a document that is not there.
  const live = (documentId: string, contentHash: string | null, status: 400 | 404) => {
    const doc = documents.get(documentId);
    if (doc === undefined || (doc.expiresAt !== undefined && doc.expiresAt <= ctx.clock.now())) {
      throw notFound(`Document with id '${documentId}' not found`, status);
    }
    if (contentHash !== null && contentHash !== doc.contentHash) {
      throw notFound(`Document '${documentId}' has no content with hash '${contentHash}'`, status);
    }
    return doc;
  };

  const create = (file: MultipartPart, metadataJson: unknown, documentId: string | undefined) => {
    const metadata = (metadataJson ?? {}) as Record<string, unknown>;
    if (typeof metadata !== 'object' || Array.isArray(metadata))
      throw badRequest('Document metadata must be an object');
    if (file.data.length > options.maxDocumentBytes) {
      throw badRequest(
        `Document '${file.filename ?? 'file'}' has ${file.data.length} bytes, more than the limit of ${options.maxDocumentBytes}`,
      );
    }
    const id = documentId ?? randomUUID();
    if (documents.has(id)) throw badRequest(`A document with id '${id}' already exists`);
    const expiresAt = typeof metadata.expiresAt === 'string' ? Date.parse(metadata.expiresAt) : undefined;
    if (expiresAt !== undefined && Number.isNaN(expiresAt))
      throw badRequest("Metadata 'expiresAt' is not a date-time");
    const doc: StoredDocument = {
      documentId: id,
      content: file.data,
      contentHash: createHash('sha256').update(file.data).digest('hex'),
      contentType:
        (typeof metadata.contentType === 'string' ? metadata.contentType : undefined) ??
        file.contentType ??
        'application/octet-stream',
      fileName:
        (typeof metadata.fileName === 'string' ? metadata.fileName : undefined) ?? file.filename ?? id,
      expiresAt,
      processDefinitionId:
        typeof metadata.processDefinitionId === 'string' ? metadata.processDefinitionId : null,
      processInstanceKey:
        typeof metadata.processInstanceKey === 'string' ? metadata.processInstanceKey : null,
      customProperties:
        typeof metadata.customProperties === 'object' && metadata.customProperties !== null
          ? (metadata.customProperties as Record<string, unknown>)
          : {},
    };
    documents.set(id, doc);
    return reference(doc);
  };

  const reference = (doc: StoredDocument) => ({
    'camunda.document.type': 'camunda' as const,
    storeId: DOCUMENT_STORE_ID,
    documentId: doc.documentId,
    contentHash: doc.contentHash,
    metadata: {
      contentType: doc.contentType,
      fileName: doc.fileName,
      expiresAt: doc.expiresAt === undefined ? null : isoDate(doc.expiresAt),
      size: doc.content.length,
      processDefinitionId: doc.processDefinitionId,
      processInstanceKey: doc.processInstanceKey,
      customProperties: doc.customProperties,
    },
  });

  const json = (part: MultipartPart | undefined): unknown => {
    if (part === undefined) return undefined;
    try {
      return JSON.parse(part.data.toString('utf8'));
    } catch {
      throw badRequest(`Part '${part.name}' is not JSON`);
    }
  };

  return {
    handlers: {
      createDocument(req) {
        checkStore(req.query, 400);
        const parts = req.parts ?? [];
        const file = parts.find((p) => p.name === 'file');
        if (file === undefined) throw badRequest("Expected a part named 'file' with the document");
        const documentId = req.query.get('documentId') ?? undefined;
        return {
          status: 201,
          body: create(file, json(parts.find((p) => p.name === 'metadata')), documentId),
        };
      },
      createDocuments(req) {
        checkStore(req.query, 400);
        const parts = req.parts ?? [];
        const files = parts.filter((p) => p.name === 'files');
        if (files.length === 0) throw badRequest("Expected at least one part named 'files'");
        const metadataList = parts
          .filter((p) => p.name === 'metadataList')
          .flatMap((p) => {
            const value = json(p);
            return Array.isArray(value) ? value : [value];
          });
        if (metadataList.length > 0 && metadataList.length !== files.length) {
          throw badRequest(
            `Expected as many metadata entries as files, got ${metadataList.length} for ${files.length} files`,
          );
        }
        const createdDocuments: unknown[] = [];
        const failedDocuments: unknown[] = [];
        files.forEach((file, i) => {
          try {
            createdDocuments.push(create(file, metadataList[i], undefined));
          } catch (error) {
            const e = error as TestEngineError;
            failedDocuments.push({
              fileName: file.filename ?? `file ${i + 1}`,
              status: e.status ?? 400,
              title: e.title ?? 'INVALID_ARGUMENT',
              detail: e.message,
            });
          }
        });
        return {
          status: failedDocuments.length === 0 ? 201 : 207,
          body: { createdDocuments, failedDocuments },
        };
      },
      getDocument(req) {
        checkStore(req.query, 404);
        const doc = live(req.params.documentId ?? '', req.query.get('contentHash'), 404);
        // The API serves bytes (the spec's octet-stream); the content type is in the metadata and on links.
        return { status: 200, body: doc.content, contentType: 'application/octet-stream' };
      },
      deleteDocument(req) {
        checkStore(req.query, 404);
        const id = req.params.documentId ?? '';
        live(id, null, 404);
        documents.delete(id);
        return { status: 204 };
      },
      createDocumentLink(req) {
        checkStore(req.query, 400);
        const doc = live(req.params.documentId ?? '', req.query.get('contentHash'), 400);
        const ttl = integerField(bodyObject(req.body), 'timeToLive') ?? DEFAULT_LINK_TTL_MS;
        if (ttl <= 0) throw badRequest(`'timeToLive' must be positive, got ${ttl}`);
        const token = randomUUID();
        const expiresAt = ctx.clock.now() + ttl;
        links.set(token, { documentId: doc.documentId, expiresAt });
        return {
          status: 201,
          body: { url: `${options.origin()}/document-links/${token}`, expiresAt: isoDate(expiresAt) },
        };
      },
    },
    serveLink(pathname) {
      const match = /^\/document-links\/([0-9a-f-]{36})$/.exec(pathname);
      if (match === null) return undefined;
      const link = links.get(match[1] as string);
      const doc = link === undefined ? undefined : documents.get(link.documentId);
      if (link === undefined || doc === undefined || link.expiresAt <= ctx.clock.now()) {
        return { status: 404, body: 'The link does not exist or has expired', contentType: 'text/plain' };
      }
      return { status: 200, body: doc.content, contentType: doc.contentType };
    },
    snapshot() {
      const savedDocuments = [...documents];
      const savedLinks = [...links];
      return () => {
        documents.clear();
        links.clear();
        for (const [k, v] of savedDocuments) documents.set(k, v);
        for (const [k, v] of savedLinks) links.set(k, v);
      };
    },
    clear() {
      documents.clear();
      links.clear();
    },
  };
}
