/**
 * Whether a success body's `content-type` fits the type the operation documents. JSON must be JSON (any
 * `…json` type); XML must be XML or plain text; binary content (`application/octet-stream`: a document's own
 * bytes) may be anything. An absent header passes here: an untyped body is then held to being valid JSON where
 * JSON is documented. The point is the HTML page of a login proxy or captive portal answering 200.
 */
export function matchesContentType(documented: string | undefined, actual: string | undefined): boolean {
  if (documented === undefined || actual === undefined) return true;
  const type = actual.toLowerCase();
  if (documented.includes('json')) return type.includes('json');
  if (documented.includes('xml') || documented.startsWith('text/')) {
    return type.includes('xml') || type.startsWith('text/plain');
  }
  return true;
}
