/**
 * Messages between the bench and its child processes (servers and runners). The bench calls a method and
 * awaits its reply; a child may also push events (the job stub says when a run's last job completed).
 */
export type ParentMessage = {
  readonly kind: 'call';
  readonly id: number;
  readonly method: string;
  readonly params: unknown;
};

/** What a child sends back. */
export type ChildMessage =
  | { readonly kind: 'ready' }
  | { readonly kind: 'reply'; readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly kind: 'reply'; readonly id: number; readonly ok: false; readonly error: string }
  | { readonly kind: 'event'; readonly event: string; readonly data: unknown };

/**
 * The methods a child serves: each takes one params object and returns (a promise of) a plain value. (`never`
 * accepts every method's own params type; callers get it back through `Parameters`.)
 */
export type ChildApi = Record<string, (params: never) => unknown>;
