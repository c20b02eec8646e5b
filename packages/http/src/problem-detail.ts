import { statusText } from './status-text.js';

/** An RFC 9457 problem detail; members beyond the standard five are kept as the server sent them. */
export interface ProblemDetail {
  /** URI naming the problem type; `about:blank` when the server gave none. */
  readonly type: string;
  /** Short summary; the status text when the server gave none. */
  readonly title: string;
  /** The HTTP status. */
  readonly status: number;
  /** Explanation specific to this occurrence. */
  readonly detail?: string;
  /** URI of this occurrence, when the server gave one. */
  readonly instance?: string;
  readonly [member: string]: unknown;
}

/** A parsed error body: the problem detail and the body as decoded (object, text, or `undefined` when empty). */
export interface ParsedErrorBody {
  /** The problem detail (synthesized from the status when the body had none). */
  readonly problem: ProblemDetail;
  /** The decoded body as received. */
  readonly body: unknown;
}

/**
 * Turns any error answer into a problem detail. A JSON object body supplies the members; an empty, non-JSON
 * (a proxy's HTML page) or malformed body yields a problem built from the status alone, and the raw text is kept
 * as `body`.
 */
export function parseProblemDetail(
  status: number,
  contentType: string | undefined,
  text: string,
): ParsedErrorBody {
  if (text.length === 0) return { problem: fallbackProblem(status), body: undefined };
  if (contentType === undefined || contentType.includes('json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { problem: fallbackProblem(status), body: text };
    }
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      const members = parsed as Record<string, unknown>;
      const problem: Record<string, unknown> = { ...members };
      problem.type = typeof members.type === 'string' ? members.type : 'about:blank';
      problem.title = typeof members.title === 'string' ? members.title : statusText(status);
      problem.status = typeof members.status === 'number' ? members.status : status;
      if (typeof members.detail !== 'string') delete problem.detail;
      if (typeof members.instance !== 'string') delete problem.instance;
      return { problem: problem as ProblemDetail, body: parsed };
    }
    return { problem: fallbackProblem(status), body: parsed };
  }
  return { problem: fallbackProblem(status), body: text };
}

function fallbackProblem(status: number): ProblemDetail {
  return { type: 'about:blank', title: statusText(status), status };
}
