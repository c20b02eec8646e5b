/** True for a `FormData` from Node's global or from the undici package (they are different classes). */
export function isFormData(value: unknown): value is FormData {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === 'FormData' &&
    typeof (value as { append?: unknown }).append === 'function'
  );
}
