/** One step of a linear test process. */
export type Step =
  | { readonly kind: 'service'; readonly id: string; readonly type: string }
  | { readonly kind: 'user'; readonly id: string }
  | { readonly kind: 'timer'; readonly id: string; readonly duration: string };

function stepXml(step: Step, incoming: string, outgoing: string): string {
  const flows = `<bpmn:incoming>${incoming}</bpmn:incoming><bpmn:outgoing>${outgoing}</bpmn:outgoing>`;
  switch (step.kind) {
    case 'service':
      return `<bpmn:serviceTask id="${step.id}"><bpmn:extensionElements><zeebe:taskDefinition type="${step.type}" retries="1" /></bpmn:extensionElements>${flows}</bpmn:serviceTask>`;
    case 'user':
      return `<bpmn:userTask id="${step.id}"><bpmn:extensionElements><zeebe:userTask /></bpmn:extensionElements>${flows}</bpmn:userTask>`;
    case 'timer':
      return `<bpmn:intermediateCatchEvent id="${step.id}">${flows}<bpmn:timerEventDefinition><bpmn:timeDuration>${step.duration}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>`;
  }
}

/** A process `start → steps… → end`; each flow is named `to-<target>`. */
export function linearProcess(processId: string, steps: readonly Step[]): string {
  const ids = ['start', ...steps.map((s) => s.id), 'end'];
  const flow = (i: number) => `to-${ids[i + 1]}`;
  const body = [
    `<bpmn:startEvent id="start"><bpmn:outgoing>${flow(0)}</bpmn:outgoing></bpmn:startEvent>`,
    ...steps.map((s, i) => stepXml(s, flow(i), flow(i + 1))),
    `<bpmn:endEvent id="end"><bpmn:incoming>${flow(steps.length)}</bpmn:incoming></bpmn:endEvent>`,
    ...ids
      .slice(0, -1)
      .map((id, i) => `<bpmn:sequenceFlow id="${flow(i)}" sourceRef="${id}" targetRef="${ids[i + 1]}" />`),
  ].join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d-${processId}" targetNamespace="http://camunda.org/examples">
<bpmn:process id="${processId}" isExecutable="true">
${body}
</bpmn:process>
</bpmn:definitions>`;
}
