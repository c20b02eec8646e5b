// bpmn-moddle ships types only for its `./types` subpath; this is the small part of its API the coverage uses.
declare module 'bpmn-moddle' {
  /** The BPMN moddle: parses BPMN 2.0 XML into moddle elements. */
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(
      xml: string,
    ): Promise<{ rootElement: { readonly $type: string; readonly [key: string]: unknown } }>;
  }
}
