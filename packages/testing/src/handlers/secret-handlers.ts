import type { HandlerTable } from '../http/engine-handler.js';
import { badRequest, bodyObject } from './handler-support.js';

const REFERENCE = /^camunda\.secrets\.([A-Za-z0-9_-]+)$/;
const NAME = /^[A-Za-z0-9_-]+$/;
const MAX_REFERENCES = 20;

/** `listSecrets` and `resolveSecrets` over the engine's `secrets` option (name → value). */
export function secretHandlers(secrets: ReadonlyMap<string, string>): HandlerTable {
  return {
    listSecrets: () => ({
      status: 200,
      body: {
        references: [...secrets.keys()]
          .filter((name) => NAME.test(name))
          .sort()
          .map((name) => `camunda.secrets.${name}`),
      },
    }),
    resolveSecrets(req) {
      const references = bodyObject(req.body).references;
      if (!Array.isArray(references)) throw badRequest("Property 'references' must be an array");
      if (references.some((r) => typeof r !== 'string')) {
        throw badRequest("Property 'references' must hold strings only");
      }
      const unique = [...new Set(references as string[])];
      if (unique.length > MAX_REFERENCES) {
        throw badRequest(
          `At most ${MAX_REFERENCES} references may be resolved at once, got ${unique.length}`,
        );
      }
      const resolved: Array<{ reference: string; value: string }> = [];
      const errors: Array<{ reference: string; code: string; message: string }> = [];
      for (const reference of unique) {
        const name = REFERENCE.exec(reference)?.[1];
        if (name === undefined || reference.length > 256) {
          errors.push({
            reference,
            code: 'INVALID_REFERENCE',
            message: `'${reference}' is not of the form camunda.secrets.<name>`,
          });
          continue;
        }
        const value = secrets.get(name);
        if (value === undefined) {
          errors.push({ reference, code: 'NOT_FOUND', message: `No secret named '${name}'` });
        } else resolved.push({ reference, value });
      }
      return { status: 200, body: { resolved, errors } };
    },
  };
}
