import { BpmnModdle } from 'bpmn-moddle';

/** One flow node of a process model. */
export interface ModelElement {
  /** The element's id. */
  readonly id: string;
  /** The element's name, if it has one. */
  readonly name: string | undefined;
  /** The BPMN type without its prefix, e.g. `ServiceTask`. */
  readonly type: string;
}

/** One sequence flow of a process model. */
export interface ModelFlow {
  /** The flow's id. */
  readonly id: string;
  /** Id of the element the flow leaves. */
  readonly sourceId: string;
  /** Id of the element the flow enters. */
  readonly targetId: string;
}

/** The elements and sequence flows of one process (sub-processes included), and the XML it came from. */
export interface ProcessModel {
  /** The process id (the BPMN process element's id). */
  readonly processDefinitionId: string;
  /** The process name, if it has one. */
  readonly name: string | undefined;
  /** Every flow node, sub-processes and their content included. */
  readonly elements: readonly ModelElement[];
  /** Every sequence flow. */
  readonly flows: readonly ModelFlow[];
  /** The BPMN document the process came from. */
  readonly xml: string;
}

interface MElement {
  readonly $type: string;
  readonly id: string;
  readonly name?: string;
  readonly flowElements?: readonly MElement[];
  readonly sourceRef?: { readonly id: string };
  readonly targetRef?: { readonly id: string };
}

/** Reads the executable processes of a BPMN document. */
export async function parseProcessModels(xml: string): Promise<ProcessModel[]> {
  const { rootElement } = await new BpmnModdle().fromXML(xml);
  const roots = (rootElement as unknown as { rootElements?: readonly MElement[] }).rootElements ?? [];
  return roots
    .filter((r) => r.$type === 'bpmn:Process')
    .map((process) => {
      const elements: ModelElement[] = [];
      const flows: ModelFlow[] = [];
      const visit = (container: MElement) => {
        for (const el of container.flowElements ?? []) {
          if (el.$type === 'bpmn:SequenceFlow') {
            if (el.sourceRef && el.targetRef) {
              flows.push({ id: el.id, sourceId: el.sourceRef.id, targetId: el.targetRef.id });
            }
            continue;
          }
          if (
            el.$type === 'bpmn:DataObject' ||
            el.$type === 'bpmn:DataObjectReference' ||
            el.$type === 'bpmn:DataStoreReference'
          )
            continue;
          elements.push({ id: el.id, name: el.name, type: el.$type.replace(/^bpmn:/, '') });
          visit(el);
        }
      };
      visit(process);
      return { processDefinitionId: process.id, name: process.name, elements, flows, xml };
    });
}
