/**
 * The hash code Camunda gives an incident's error message (Java's `String.hashCode`: 32-bit, over UTF-16 code
 * units), which `incidentErrorHashCode` filters and the incident statistics by error report.
 */
export function errorHashCode(message: string): number {
  let hash = 0;
  for (let i = 0; i < message.length; i++) hash = (Math.imul(hash, 31) + message.charCodeAt(i)) | 0;
  return hash;
}
