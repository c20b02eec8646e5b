// BPMN and DMN that stand in for a called process or a decision. Values become FEEL literals through JSON, which
// FEEL reads as the same values (strings, numbers, booleans, null, lists, contexts).

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const XML_ID = /^[A-Za-z_][\w.-]*$/;

/** Whether `id` can be used as a BPMN/DMN id as given. */
export function isXmlId(id: string): boolean {
  return XML_ID.test(id);
}

/** A process `processId` that sets `variables` (one script task each) and ends. */
export function childProcessBpmn(processId: string, variables: Readonly<Record<string, unknown>>): string {
  const names = Object.keys(variables);
  const tasks = names
    .map(
      (name, i) => `    <bpmn:scriptTask id="set-${i}" name="set ${escapeXml(name)}">
      <bpmn:extensionElements>
        <zeebe:script expression="${escapeXml(`=${JSON.stringify(variables[name])}`)}" resultVariable="${escapeXml(name)}" />
      </bpmn:extensionElements>
    </bpmn:scriptTask>`,
    )
    .join('\n');
  const chain = ['start', ...names.map((_, i) => `set-${i}`), 'end'];
  const flows = chain
    .slice(1)
    .map(
      (target, i) => `    <bpmn:sequenceFlow id="flow-${i}" sourceRef="${chain[i]}" targetRef="${target}" />`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="mock-${processId}" targetNamespace="http://camunda-ts.dev/process-test">
  <bpmn:process id="${processId}" name="mock of ${escapeXml(processId)}" isExecutable="true">
    <bpmn:startEvent id="start" />
${tasks}
    <bpmn:endEvent id="end" />
${flows}
  </bpmn:process>
</bpmn:definitions>
`;
}

/** A decision `decisionId` whose literal expression always answers `output`. */
export function decisionDmn(decisionId: string, output: unknown): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="mock-${decisionId}-drg" name="mock of ${escapeXml(decisionId)}" namespace="http://camunda-ts.dev/process-test">
  <decision id="${decisionId}" name="mock of ${escapeXml(decisionId)}">
    <variable name="${decisionId}" />
    <literalExpression>
      <text>${escapeXml(JSON.stringify(output))}</text>
    </literalExpression>
  </decision>
</definitions>
`;
}
