/** BPMN documents for tests, written as XML strings with a few helpers. */

/**
 * A BPMN document with one executable process whose body is given (default namespace BPMN, `zeebe:` prefix);
 * `head` holds root elements the process refers to (messages, signals, errors); `name` names the process.
 */
export function bpmn(processId: string, body: string, head = '', name?: string): string {
  const nameAttribute = name === undefined ? '' : ` name="${name}"`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
  id="defs-${processId}" targetNamespace="http://camunda-ts.test">${head}
  <process id="${processId}"${nameAttribute} isExecutable="true">${body}</process>
</definitions>`;
}

/** Sequence flows from `a->b` specs; `a->b:=cond` adds a condition (`<` and `>` escaped). Ids are `a-b`. */
export function flows(...specs: string[]): string {
  return specs
    .map((spec) => {
      const [path, condition] = spec.split(/:(?==)/) as [string, string | undefined];
      const [source, target] = path.split('->') as [string, string];
      const body =
        condition === undefined
          ? ''
          : `<conditionExpression>${condition.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</conditionExpression>`;
      return `<sequenceFlow id="${source}-${target}" sourceRef="${source}" targetRef="${target}">${body}</sequenceFlow>`;
    })
    .join('\n');
}

/** A service task with a job type. */
export function serviceTask(id: string, type = id, extra = ''): string {
  return `<serviceTask id="${id}"><extensionElements><zeebe:taskDefinition type="${type}"/>${extra}</extensionElements></serviceTask>`;
}
