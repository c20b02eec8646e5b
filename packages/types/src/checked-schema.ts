import type * as z from 'zod';

/**
 * Turns a generated zod schema into a `z.ZodType` of its output. Assigned to a constant declared as
 * `z.ZodType<Model>`, tsc then checks that what the schema produces fits the model type — comparing two `ZodType`s
 * by their output, which is fast, where comparing each schema class to `ZodType` directly would take minutes over
 * several hundred schemas.
 */
export function checkedSchema<Output>(schema: {
  readonly _zod: { readonly output: Output };
}): z.ZodType<Output> {
  return schema as unknown as z.ZodType<Output>;
}
