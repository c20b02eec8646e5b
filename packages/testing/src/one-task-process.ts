/** Options of {@link oneTaskProcess}. */
export interface OneTaskProcessOptions {
  /** `retries` of the task definition (default 3, Zeebe's default). */
  readonly retries?: number;
}

/**
 * The BPMN XML of the smallest process that makes work for a job worker: start event, one service task of
 * `jobType` (element id `task`), end event. Each instance creates exactly one job.
 */
export function oneTaskProcess(
  processId: string,
  jobType: string,
  options: OneTaskProcessOptions = {},
): string {
  const retries = options.retries ?? 3;
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                  id="${processId}-definitions" targetNamespace="http://camunda.org/examples">
  <bpmn:process id="${processId}" isExecutable="true">
    <bpmn:startEvent id="start"><bpmn:outgoing>to-task</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="to-task" sourceRef="start" targetRef="task" />
    <bpmn:serviceTask id="task">
      <bpmn:extensionElements><zeebe:taskDefinition type="${jobType}" retries="${retries}" /></bpmn:extensionElements>
      <bpmn:incoming>to-task</bpmn:incoming>
      <bpmn:outgoing>to-end</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:sequenceFlow id="to-end" sourceRef="task" targetRef="end" />
    <bpmn:endEvent id="end"><bpmn:incoming>to-end</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>
`;
}
