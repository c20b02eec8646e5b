// The generated barrel lists every schema constant by name; re-exporting it whole keeps this entry in step with
// the spec without a hand-maintained list of 742 names.
export * from './generated/zod/index.js';
export { getSchema } from './get-schema.js';
export { semanticKeySchema } from './semantic-key-schema.js';
