/** Models the official-SDK conformance suite deploys (small, one concern each). */
import { bpmn as anonymousBpmn, flows } from './bpmn-xml.js';

/** The suite's processes are named after their ids. */
const bpmn = (id: string, body: string, head = '') => anonymousBpmn(id, body, head, id);

/** `start` → `middle` (one element, given whole) → `end`; `startEvent` replaces a plain start event `start`. */
function throughOne(
  id: string,
  middleId: string,
  middle: string,
  head = '',
  startEvent = '<startEvent id="start" />',
): string {
  const startId = /id="([^"]+)"/.exec(startEvent)?.[1] ?? 'start';
  return bpmn(
    id,
    `${startEvent}${middle}<endEvent id="end" />${flows(`${startId}->${middleId}`, `${middleId}->end`)}`,
    head,
  );
}

/** start → service task `task` (type `jobType`, output mapping `total`) → end. */
export const serviceTaskProcess = (id: string, jobType: string) =>
  throughOne(
    id,
    'task',
    `<serviceTask id="task" name="Task"><extensionElements>
      <zeebe:taskDefinition type="${jobType}" retries="3" />
      <zeebe:taskHeaders><zeebe:header key="region" value="eu" /></zeebe:taskHeaders>
    </extensionElements></serviceTask>`,
  );

/** start → end: completes as soon as it is created. */
export const straightThroughProcess = (id: string) =>
  bpmn(id, `<startEvent id="start" /><endEvent id="end" />${flows('start->end')}`);

/** A service task `charge` with an error boundary event catching `DECLINED` into a `declined` end event. */
export const errorBoundaryProcess = (id: string) =>
  bpmn(
    id,
    `<startEvent id="start" />
    <serviceTask id="charge"><extensionElements><zeebe:taskDefinition type="charge" retries="2" /></extensionElements></serviceTask>
    <boundaryEvent id="on-declined" attachedToRef="charge"><errorEventDefinition errorRef="declined-error" /></boundaryEvent>
    <endEvent id="charged" /><endEvent id="declined" />
    ${flows('start->charge', 'charge->charged', 'on-declined->declined')}`,
    '<error id="declined-error" errorCode="DECLINED" />',
  );

/** Waits at `wait` for message `paid` correlated by `=orderId`. */
export const messageCatchProcess = (id: string) =>
  throughOne(
    id,
    'wait',
    '<intermediateCatchEvent id="wait"><messageEventDefinition messageRef="paid-message" /></intermediateCatchEvent>',
    `<message id="paid-message" name="paid">
    <extensionElements><zeebe:subscription correlationKey="=orderId" /></extensionElements>
  </message>`,
  );

/** Started by message `order-placed`, then waits at a user task `review`. */
export const messageStartProcess = (id: string) =>
  throughOne(
    id,
    'review',
    '<userTask id="review"><extensionElements><zeebe:userTask /></extensionElements></userTask>',
    '<message id="placed-message" name="order-placed" />',
    '<startEvent id="placed"><messageEventDefinition messageRef="placed-message" /></startEvent>',
  );

/** Started by signal `alarm` at start event `alarm-start`; also waits for signal `all-clear` at `wait`. */
export const signalProcess = (id: string) =>
  throughOne(
    id,
    'wait',
    '<intermediateCatchEvent id="wait"><signalEventDefinition signalRef="clear-signal" /></intermediateCatchEvent>',
    '<signal id="alarm-signal" name="alarm" /><signal id="clear-signal" name="all-clear" />',
    '<startEvent id="alarm-start"><signalEventDefinition signalRef="alarm-signal" /></startEvent>',
  );

/**
 * A Camunda user task `approve` linked to form `approve-form`, with candidate group `finance`, priority 40 and,
 * when `listener` is set, a task listener of that job type for `eventType` (default `completing`).
 */
export const userTaskProcess = (id: string, listener?: string, eventType = 'completing') =>
  throughOne(
    id,
    'approve',
    `<userTask id="approve" name="Approve"><extensionElements>
      <zeebe:userTask />
      <zeebe:formDefinition formId="approve-form" />
      <zeebe:assignmentDefinition candidateGroups="finance" />
      <zeebe:priorityDefinition priority="40" />
      ${
        listener === undefined
          ? ''
          : `<zeebe:taskListeners><zeebe:taskListener eventType="${eventType}" type="${listener}" /></zeebe:taskListeners>`
      }
    </extensionElements></userTask>`,
  );

/** An exclusive gateway `route` without a default flow: an instance without `amount` raises an incident there. */
export const gatewayIncidentProcess = (id: string) =>
  bpmn(
    id,
    `<startEvent id="start" /><exclusiveGateway id="route" /><endEvent id="big" /><endEvent id="small" />
    ${flows('start->route', 'route->big:=amount > 100', 'route->small:=amount <= 100')}`,
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
  throughOne(
    id,
    'rate',
    '<businessRuleTask id="rate"><extensionElements><zeebe:calledDecision decisionId="discount" resultVariable="discountPercent" /></extensionElements></businessRuleTask>',
  );

/** start (with start form `approve-form`) → end. */
export const startFormProcess = (id: string) =>
  bpmn(
    id,
    `<startEvent id="start"><extensionElements><zeebe:formDefinition formId="approve-form" /></extensionElements></startEvent>
    <endEvent id="end" />${flows('start->end')}`,
  );
