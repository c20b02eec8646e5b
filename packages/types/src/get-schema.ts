import type { ZodType } from 'zod';
import { schemas } from './generated/zod/schemas.js';

/** The zod schema of a component by its spec name (e.g. `ProcessInstanceCreationInstruction`), if there is one. */
export function getSchema(name: string): ZodType | undefined {
  return Object.hasOwn(schemas, name) ? schemas[name] : undefined;
}
