import type { CamundaClient, ProcessInstanceKey } from '@camunda-ts/client';

/** One element instance of a process instance, as the snapshot and the assertions see it. */
export interface ElementInstanceView {
  readonly elementId: string;
  readonly elementName: string;
  readonly elementInstanceKey: string;
  readonly state: string;
  readonly type: string;
  readonly startDate: string;
  readonly endDate: string | null;
}

/** A process instance as it is at one moment: what a failure message shows. */
export interface InstanceSnapshot {
  readonly processInstanceKey: string;
  readonly processDefinitionId: string | undefined;
  readonly state: string;
  readonly elements: readonly ElementInstanceView[];
  readonly incidents: readonly {
    readonly elementId: string;
    readonly errorType: string;
    readonly errorMessage: string;
  }[];
  readonly variables: Readonly<Record<string, string>>;
}

const PAGE = { limit: 1000 } as const;

/** Element instances of one process instance, oldest first (keys increase with creation). */
export async function readElementInstances(
  client: CamundaClient,
  processInstanceKey: ProcessInstanceKey,
): Promise<ElementInstanceView[]> {
  const { items } = await client.searchElementInstances({ filter: { processInstanceKey }, page: PAGE });
  return items
    .map((e) => ({
      elementId: e.elementId,
      elementName: e.elementName,
      elementInstanceKey: e.elementInstanceKey,
      state: e.state,
      type: e.type,
      startDate: e.startDate,
      endDate: e.endDate,
    }))
    .sort((a, b) => compareKeys(a.elementInstanceKey, b.elementInstanceKey));
}

/** Orders numeric keys of any length (engine keys exceed 2^53). */
export function compareKeys(a: string, b: string): number {
  return a.length === b.length ? (a < b ? -1 : a > b ? 1 : 0) : a.length - b.length;
}

/** Process-scope variables of an instance, values as JSON text. */
export async function readVariables(
  client: CamundaClient,
  processInstanceKey: ProcessInstanceKey,
): Promise<Record<string, string>> {
  const { items } = await client.searchVariables({
    truncateValues: false,
    filter: { processInstanceKey, scopeKey: processInstanceKey },
    page: PAGE,
  });
  return Object.fromEntries(items.map((v) => [v.name, v.value]));
}

/** Reads everything a failure message shows; a read that fails leaves its part empty rather than hiding the failure. */
export async function takeSnapshot(
  client: CamundaClient,
  processInstanceKey: ProcessInstanceKey,
): Promise<InstanceSnapshot> {
  const [instance, elements, incidents, variables] = await Promise.all([
    client.getProcessInstance({ processInstanceKey }).catch(() => undefined),
    readElementInstances(client, processInstanceKey).catch(() => []),
    client
      .searchIncidents({ filter: { processInstanceKey, state: 'ACTIVE' }, page: PAGE })
      .then((r) => r.items)
      .catch(() => []),
    readVariables(client, processInstanceKey).catch(() => ({})),
  ]);
  return {
    processInstanceKey,
    processDefinitionId: instance?.processDefinitionId,
    state: instance?.state ?? 'NOT FOUND',
    elements,
    incidents: incidents.map((i) => ({
      elementId: i.elementId,
      errorType: i.errorType,
      errorMessage: i.errorMessage,
    })),
    variables,
  };
}

const LAST_COMPLETED = 5;
const VALUE_CHARS = 80;
const VARIABLE_LINES = 20;

/** Renders a snapshot as the indented block under a failure's first line. */
export function formatSnapshot(snapshot: InstanceSnapshot): string {
  const label = (e: ElementInstanceView) =>
    e.elementName && e.elementName !== e.elementId ? `${e.elementId} ("${e.elementName}")` : e.elementId;
  // The process itself has an element instance too; the message is about the elements inside it.
  const inner = snapshot.elements.filter((e) => e.type !== 'PROCESS');
  const active = inner.filter((e) => e.state === 'ACTIVE').map(label);
  const completed = inner.filter((e) => e.state === 'COMPLETED');
  const lastCompleted = completed.slice(-LAST_COMPLETED).map(label);
  const more = completed.length > LAST_COMPLETED ? ` (last ${LAST_COMPLETED} of ${completed.length})` : '';
  const variableNames = Object.keys(snapshot.variables).sort();
  const lines = [
    `Process instance ${snapshot.processInstanceKey}${snapshot.processDefinitionId ? ` of '${snapshot.processDefinitionId}'` : ''}:`,
    `  state: ${snapshot.state}`,
    `  active elements: ${active.length === 0 ? '(none)' : active.join(', ')}`,
    `  last completed elements${more}: ${lastCompleted.length === 0 ? '(none)' : lastCompleted.join(', ')}`,
    `  incidents: ${snapshot.incidents.length === 0 ? '(none)' : ''}`.trimEnd(),
    ...snapshot.incidents.map((i) => `    - ${i.elementId}: ${i.errorType}: ${i.errorMessage}`),
    `  variables: ${variableNames.length === 0 ? '(none)' : ''}`.trimEnd(),
    ...variableNames
      .slice(0, VARIABLE_LINES)
      .map((name) => `    ${name} = ${truncate(snapshot.variables[name] ?? '')}`),
    ...(variableNames.length > VARIABLE_LINES ? [`    … ${variableNames.length - VARIABLE_LINES} more`] : []),
  ];
  return lines.join('\n');
}

function truncate(value: string): string {
  return value.length <= VALUE_CHARS ? value : `${value.slice(0, VALUE_CHARS)}… (${value.length} chars)`;
}
