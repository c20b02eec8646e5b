import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import zeebe from 'zeebe-bpmn-moddle/resources/zeebe.json' with { type: 'json' };

const moddle = new BpmnModdle({ zeebe });
const withStartForm = new WeakSet<object>();

/** Records that a deployed process definition links a start form (its `hasStartForm`). */
export function markStartForm(definition: object): void {
  withStartForm.add(definition);
}

/** True when the process definition's none start event links a deployed-form id. */
export function hasStartForm(definition: object): boolean {
  return withStartForm.has(definition);
}
const cache = new Map<string, Promise<ReadonlyMap<string, string>>>();

/**
 * The linked start forms of a BPMN resource: process id → the `formId` of the `zeebe:formDefinition` on its
 * none start event. Embedded forms (`formKey`) and external references are not linked forms and are left out.
 */
export function startFormIds(xml: string): Promise<ReadonlyMap<string, string>> {
  let found = cache.get(xml);
  if (found === undefined) {
    found = read(xml);
    if (cache.size > 200) cache.clear();
    cache.set(xml, found);
  }
  return found;
}

async function read(xml: string): Promise<ReadonlyMap<string, string>> {
  const out = new Map<string, string>();
  const { rootElement } = await moddle.fromXML(xml);
  for (const process of list(rootElement.rootElements)) {
    if (process.$type !== 'bpmn:Process' || typeof process.id !== 'string') continue;
    for (const el of list(process.flowElements)) {
      if (el.$type !== 'bpmn:StartEvent' || list(el.eventDefinitions).length > 0) continue;
      const ext = el.extensionElements as ModdleElement | undefined;
      const form = list(ext?.values).find((v) => v.$type === 'zeebe:FormDefinition');
      if (typeof form?.formId === 'string' && form.formId !== '') out.set(process.id, form.formId);
    }
  }
  return out;
}

function list(value: unknown): ModdleElement[] {
  return Array.isArray(value) ? (value as ModdleElement[]) : [];
}
