/** One multipart part of a request body. */
export interface MultipartPart {
  readonly name: string;
  readonly filename: string | undefined;
  readonly contentType: string | undefined;
  readonly data: Buffer;
}

import type { Principal } from '../engine/identity-state.js';
import type { JobRecord } from '../engine/records.js';

/** A request as a handler sees it: routed, authenticated, body parsed. */
export interface EngineRequest {
  readonly operationId: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** Parsed JSON body (undefined when empty), or the parts of a multipart body. */
  readonly body: unknown;
  readonly parts: readonly MultipartPart[] | undefined;
  /** Aborted when the client goes away or the engine stops (ends long polls). */
  readonly signal: AbortSignal;
  /** Who sent the request; absent without authentication (auth `none`) and on unauthenticated operations. */
  readonly principal?: Principal;
  /** The jobs `activateJobs` may hand out, set when the engine enforces authorizations. */
  readonly jobFilter?: (job: JobRecord) => boolean;
}

/** What a handler answers: a status and a JSON body, or text with its content type. */
export interface EngineResponse {
  readonly status: number;
  readonly body?: unknown;
  /** Defaults to `application/json` when there is a body. */
  readonly contentType?: string;
  /** Called instead of sending when the client went away before the answer was ready. */
  readonly undelivered?: () => void;
}

/** Handles one operation. Throw a `TestEngineError` to answer with a problem detail. */
export type EngineHandler = (request: EngineRequest) => EngineResponse | Promise<EngineResponse>;

/** Handlers by operationId. */
export type HandlerTable = Readonly<Record<string, EngineHandler>>;
