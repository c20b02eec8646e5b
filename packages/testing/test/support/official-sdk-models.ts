/** Models the official-SDK conformance suite deploys (small, one concern each). */

const bpmn = (id: string, body: string, head = '') => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                  id="${id}-definitions" targetNamespace="http://camunda.org/examples">
${head}
  <bpmn:process id="${id}" name="${id}" isExecutable="true">
${body}
  </bpmn:process>
</bpmn:definitions>
`;

/** start → service task `task` (type `jobType`, output mapping `total`) → end. */
export const serviceTaskProcess = (id: string, jobType: string) =>
  bpmn(
    id,
    `    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="task" />
    <bpmn:serviceTask id="task" name="Task">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="${jobType}" retries="3" />
        <zeebe:taskHeaders><zeebe:header key="region" value="eu" /></zeebe:taskHeaders>
      </bpmn:extensionElements>
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:sequenceFlow id="f2" sourceRef="task" targetRef="end" />
    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>`,
  );

/** start → end: completes as soon as it is created. */
export const straightThroughProcess = (id: string) =>
  bpmn(
    id,
    `    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="end" />
    <bpmn:endEvent id="end"><bpmn:incoming>f1</bpmn:incoming></bpmn:endEvent>`,
  );

/** A service task `charge` with an error boundary event catching `DECLINED` into a `declined` end event. */
export const errorBoundaryProcess = (id: string) =>
  bpmn(
    id,
    `    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="charge" />
    <bpmn:serviceTask id="charge">
      <bpmn:extensionElements><zeebe:taskDefinition type="charge" retries="2" /></bpmn:extensionElements>
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:boundaryEvent id="on-declined" attachedToRef="charge">
      <bpmn:outgoing>f3</bpmn:outgoing>
      <bpmn:errorEventDefinition errorRef="declined-error" />
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="charge" targetRef="charged" />
    <bpmn:endEvent id="charged"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f3" sourceRef="on-declined" targetRef="declined" />
    <bpmn:endEvent id="declined"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>`,
    '  <bpmn:error id="declined-error" errorCode="DECLINED" />',
  );

/** Waits at `wait` for message `paid` correlated by `=orderId`. */
export const messageCatchProcess = (id: string) =>
  bpmn(
    id,
    `    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
    <bpmn:intermediateCatchEvent id="wait">
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
      <bpmn:messageEventDefinition messageRef="paid-message" />
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>`,
    `  <bpmn:message id="paid-message" name="paid">
    <bpmn:extensionElements><zeebe:subscription correlationKey="=orderId" /></bpmn:extensionElements>
  </bpmn:message>`,
  );

/** Started by message `order-placed`, then waits at a user task `review`. */
export const messageStartProcess = (id: string) =>
  bpmn(
    id,
    `    <bpmn:startEvent id="placed">
      <bpmn:outgoing>f1</bpmn:outgoing>
      <bpmn:messageEventDefinition messageRef="placed-message" />
    </bpmn:startEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="placed" targetRef="review" />
    <bpmn:userTask id="review">
      <bpmn:extensionElements><zeebe:userTask /></bpmn:extensionElements>
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />
    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>`,
    '  <bpmn:message id="placed-message" name="order-placed" />',
  );

/** Started by signal `alarm` at start event `alarm-start`; also waits for signal `all-clear` at `wait`. */
export const signalProcess = (id: string) =>
  bpmn(
    id,
    `    <bpmn:startEvent id="alarm-start">
      <bpmn:outgoing>f1</bpmn:outgoing>
      <bpmn:signalEventDefinition signalRef="alarm-signal" />
    </bpmn:startEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="alarm-start" targetRef="wait" />
    <bpmn:intermediateCatchEvent id="wait">
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
      <bpmn:signalEventDefinition signalRef="clear-signal" />
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>`,
    `  <bpmn:signal id="alarm-signal" name="alarm" />
  <bpmn:signal id="clear-signal" name="all-clear" />`,
  );

/**
 * A Camunda user task `approve` linked to form `approve-form`, with candidate group `finance`, priority 40 and,
 * when `listener` is set, a task listener of that job type for `eventType` (default `completing`).
 */
export const userTaskProcess = (id: string, listener?: string, eventType = 'completing') =>
  bpmn(
    id,
    `    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="approve" />
    <bpmn:userTask id="approve" name="Approve">
      <bpmn:extensionElements>
        <zeebe:userTask />
        <zeebe:formDefinition formId="approve-form" />
        <zeebe:assignmentDefinition candidateGroups="finance" />
        <zeebe:priorityDefinition priority="40" />
        ${
          listener === undefined
            ? ''
            : `<zeebe:taskListeners><zeebe:taskListener eventType="${eventType}" type="${listener}" /></zeebe:taskListeners>`
        }
      </bpmn:extensionElements>
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:sequenceFlow id="f2" sourceRef="approve" targetRef="end" />
    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>`,
  );

/** An exclusive gateway `route` without a default flow: an instance without `amount` raises an incident there. */
export const gatewayIncidentProcess = (id: string) =>
  bpmn(
    id,
    `    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="route" />
    <bpmn:exclusiveGateway id="route">
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>to-big</bpmn:outgoing><bpmn:outgoing>to-small</bpmn:outgoing>
    </bpmn:exclusiveGateway>
    <bpmn:sequenceFlow id="to-big" sourceRef="route" targetRef="big">
      <bpmn:conditionExpression>=amount &gt; 100</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="to-small" sourceRef="route" targetRef="small">
      <bpmn:conditionExpression>=amount &lt;= 100</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:endEvent id="big"><bpmn:incoming>to-big</bpmn:incoming></bpmn:endEvent>
    <bpmn:endEvent id="small"><bpmn:incoming>to-small</bpmn:incoming></bpmn:endEvent>`,
  );

/** A form for `createDeployment`, with the id `userTaskProcess` links. */
export const approveForm = JSON.stringify({
  id: 'approve-form',
  type: 'default',
  components: [{ type: 'checkbox', key: 'approved', label: 'Approved' }],
});

/** Decision `discount` (table, UNIQUE) in DRG `pricing`: gold customers get 15, others 5. */
export const discountDmn = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="pricing" name="Pricing" namespace="http://camunda.org/schema/1.0/dmn">
  <decision id="discount" name="Discount">
    <decisionTable id="discount-table" hitPolicy="UNIQUE">
      <input id="tier-input" label="Tier">
        <inputExpression id="tier-expression" typeRef="string"><text>tier</text></inputExpression>
      </input>
      <output id="percent-output" name="percent" typeRef="number" />
      <rule id="gold-rule">
        <inputEntry id="gold-entry"><text>"gold"</text></inputEntry>
        <outputEntry id="gold-output"><text>15</text></outputEntry>
      </rule>
      <rule id="other-rule">
        <inputEntry id="other-entry"><text>not("gold")</text></inputEntry>
        <outputEntry id="other-output"><text>5</text></outputEntry>
      </rule>
    </decisionTable>
  </decision>
</definitions>
`;

/** A business rule task `rate` calling decision `discount` into the variable `discountPercent`. */
export const businessRuleProcess = (id: string) =>
  bpmn(
    id,
    `    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="rate" />
    <bpmn:businessRuleTask id="rate">
      <bpmn:extensionElements><zeebe:calledDecision decisionId="discount" resultVariable="discountPercent" /></bpmn:extensionElements>
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
    </bpmn:businessRuleTask>
    <bpmn:sequenceFlow id="f2" sourceRef="rate" targetRef="end" />
    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>`,
  );

/** start (with start form `approve-form`) → end. */
export const startFormProcess = (id: string) =>
  bpmn(
    id,
    `    <bpmn:startEvent id="start">
      <bpmn:extensionElements><zeebe:formDefinition formId="approve-form" /></bpmn:extensionElements>
      <bpmn:outgoing>f1</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="end" />
    <bpmn:endEvent id="end"><bpmn:incoming>f1</bpmn:incoming></bpmn:endEvent>`,
  );
