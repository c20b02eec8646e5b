// bpmn-moddle ships types only for its `./types` subpath; this is the small part of its API the engine uses.
declare module 'bpmn-moddle' {
  /** A parsed BPMN/moddle element: `$type` plus the element's properties. */
  export interface ModdleElement {
    readonly $type: string;
    readonly id?: string;
    readonly [key: string]: unknown;
  }
  /** The BPMN moddle: parses BPMN 2.0 XML into moddle elements. */
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(
      xml: string,
      typeName?: string,
    ): Promise<{
      rootElement: ModdleElement;
      warnings: ReadonlyArray<{
        readonly message: string;
        /** The element the warning is about, when there is one. */
        readonly element?: { readonly $type?: string };
      }>;
    }>;
  }
}
