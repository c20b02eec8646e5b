// dmn-moddle ships no type declarations; this is the small part of its API the engine uses.
declare module 'dmn-moddle' {
  /** A parsed DMN element: `$type` plus the element's properties. */
  export interface DmnModdleElement {
    readonly $type: string;
    readonly id?: string;
    readonly [key: string]: unknown;
  }
  /** The DMN 1.3 moddle: parses DMN XML into moddle elements. */
  export class DmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(
      xml: string,
      typeName?: string,
    ): Promise<{ rootElement: DmnModdleElement; warnings: ReadonlyArray<{ readonly message: string }> }>;
  }
}
