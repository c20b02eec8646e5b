/** The reason phrase of an HTTP status (`Not Found`), or `HTTP <status>` for an unknown one. */
export function statusText(status: number): string {
  // node:http is fetched on use rather than imported: it would be the costliest module the SDK loads at start.
  return process.getBuiltinModule('node:http').STATUS_CODES[status] ?? `HTTP ${status}`;
}
