/** The part of an operation spec the router needs. */
export interface RouteSpec {
  readonly operationId: string;
  readonly method: string;
  /** Path template relative to the base path, e.g. `/jobs/{jobKey}/completion`. */
  readonly path: string;
}

/** A routing result. */
export type RouteMatch<S extends RouteSpec> =
  | { readonly kind: 'found'; readonly spec: S; readonly params: Record<string, string> }
  | { readonly kind: 'methodNotAllowed'; readonly allowed: readonly string[] }
  | { readonly kind: 'notFound' };

interface Node<S> {
  readonly literal: Map<string, Node<S>>;
  param: { readonly name: string; readonly node: Node<S> } | undefined;
  readonly methods: Map<string, S>;
}

const newNode = <S>(): Node<S> => ({ literal: new Map(), param: undefined, methods: new Map() });

/** A segment trie over path templates: one lookup per path segment, literal segments before parameters. */
export interface RouteTable<S extends RouteSpec> {
  match(method: string, path: string): RouteMatch<S>;
}

/** Builds the route table for a base path (`/v2`). */
export function createRouteTable<S extends RouteSpec>(basePath: string, specs: Iterable<S>): RouteTable<S> {
  const root = newNode<S>();
  for (const spec of specs) {
    let node = root;
    for (const segment of `${basePath}${spec.path}`.split('/').filter((s) => s !== '')) {
      const param = /^\{(.+)\}$/.exec(segment);
      if (param !== null) {
        node.param ??= { name: param[1] as string, node: newNode() };
        node = node.param.node;
      } else {
        let next = node.literal.get(segment);
        if (next === undefined) {
          next = newNode();
          node.literal.set(segment, next);
        }
        node = next;
      }
    }
    node.methods.set(spec.method.toUpperCase(), spec);
  }

  const walk = (
    node: Node<S>,
    segments: readonly string[],
    i: number,
    params: Record<string, string>,
  ): Node<S> | undefined => {
    if (i === segments.length) return node.methods.size > 0 ? node : undefined;
    const segment = segments[i] as string;
    const literal = node.literal.get(segment);
    if (literal !== undefined) {
      const found = walk(literal, segments, i + 1, params);
      if (found !== undefined) return found;
    }
    if (node.param !== undefined) {
      const found = walk(node.param.node, segments, i + 1, params);
      if (found !== undefined) {
        params[node.param.name] = decodeURIComponent(segment);
        return found;
      }
    }
    return undefined;
  };

  return {
    match(method, path) {
      const params: Record<string, string> = {};
      const segments = path.split('/').filter((s) => s !== '');
      let node: Node<S> | undefined;
      try {
        node = walk(root, segments, 0, params);
      } catch {
        return { kind: 'notFound' };
      }
      if (node === undefined) return { kind: 'notFound' };
      const spec = node.methods.get(method.toUpperCase());
      if (spec === undefined) return { kind: 'methodNotAllowed', allowed: [...node.methods.keys()] };
      return { kind: 'found', spec, params: paramsOf(spec, basePath, segments, params) };
    },
  };
}

/**
 * Names the parameters after the matched operation's own template: routes that share a parameter position may
 * name it differently (`/decision-instances/{decisionEvaluationKey}/deletion` and
 * `/decision-instances/{decisionEvaluationInstanceKey}`), and the trie keeps only the first name.
 */
function paramsOf(
  spec: RouteSpec,
  basePath: string,
  segments: readonly string[],
  walked: Record<string, string>,
): Record<string, string> {
  const template = `${basePath}${spec.path}`.split('/').filter((s) => s !== '');
  if (template.length !== segments.length) return walked;
  const params: Record<string, string> = {};
  template.forEach((part, i) => {
    const param = /^\{(.+)\}$/.exec(part);
    if (param !== null) params[param[1] as string] = decodeURIComponent(segments[i] as string);
  });
  return params;
}
