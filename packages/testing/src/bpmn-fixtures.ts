/** A BPMN file shipped for examples and tests. */
export interface BpmnFixture {
  /** The BPMN process id inside the file. */
  readonly processDefinitionId: string;
  /** A file name to deploy it under. */
  readonly resourceName: string;
  /** What the process does. */
  readonly description: string;
  /** The BPMN XML. */
  readonly xml: string;
}

/**
 * Small BPMN processes for examples and first tests. The same files live in this package's `test/fixtures/`,
 * where the engine's own tests run them (a test keeps the two in sync).
 */
export const bpmnFixtures = {
  /** The order flow: service task with mappings and headers, then a gateway to ship or cancel. */
  orderProcess: {
    /** The BPMN process id. */
    processDefinitionId: 'order-process',
    /** File name to deploy it under. */
    resourceName: 'order-process.bpmn',
    /** What the process does. */
    description:
      'Order flow: a service task with input/output mappings and headers, then an exclusive gateway choosing ship-order or cancel-order.',
    /** The BPMN XML. */
    xml: `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                  id="order-definitions" targetNamespace="http://camunda.org/examples">
  <bpmn:process id="order-process" name="Order process" isExecutable="true">
    <bpmn:extensionElements>
      <zeebe:versionTag value="v1" />
    </bpmn:extensionElements>
    <bpmn:startEvent id="order-received" name="Order received">
      <bpmn:outgoing>to-check-stock</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:sequenceFlow id="to-check-stock" sourceRef="order-received" targetRef="check-stock" />
    <bpmn:serviceTask id="check-stock" name="Check stock">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="check-stock" retries="3" />
        <zeebe:taskHeaders>
          <zeebe:header key="warehouse" value="berlin" />
        </zeebe:taskHeaders>
        <zeebe:ioMapping>
          <zeebe:input source="=order.items" target="items" />
          <zeebe:output source="=available" target="inStock" />
        </zeebe:ioMapping>
      </bpmn:extensionElements>
      <bpmn:incoming>to-check-stock</bpmn:incoming>
      <bpmn:outgoing>to-decide</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:sequenceFlow id="to-decide" sourceRef="check-stock" targetRef="in-stock" />
    <bpmn:exclusiveGateway id="in-stock" name="In stock?" default="to-cancel">
      <bpmn:incoming>to-decide</bpmn:incoming>
      <bpmn:outgoing>to-ship</bpmn:outgoing>
      <bpmn:outgoing>to-cancel</bpmn:outgoing>
    </bpmn:exclusiveGateway>
    <bpmn:sequenceFlow id="to-ship" sourceRef="in-stock" targetRef="ship-order">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=inStock = true and order.total &lt; 1000</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="to-cancel" sourceRef="in-stock" targetRef="cancel-order" />
    <bpmn:serviceTask id="ship-order" name="Ship order">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="ship-order" />
      </bpmn:extensionElements>
      <bpmn:incoming>to-ship</bpmn:incoming>
      <bpmn:outgoing>to-shipped</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:sequenceFlow id="to-shipped" sourceRef="ship-order" targetRef="order-shipped" />
    <bpmn:endEvent id="order-shipped" name="Order shipped">
      <bpmn:incoming>to-shipped</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:serviceTask id="cancel-order" name="Cancel order">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="cancel-order" />
      </bpmn:extensionElements>
      <bpmn:incoming>to-cancel</bpmn:incoming>
      <bpmn:outgoing>to-cancelled</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:sequenceFlow id="to-cancelled" sourceRef="cancel-order" targetRef="order-cancelled" />
    <bpmn:endEvent id="order-cancelled" name="Order cancelled">
      <bpmn:incoming>to-cancelled</bpmn:incoming>
    </bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>
`,
  },
  /** A parallel fork and join. */
  parallelProcess: {
    /** The BPMN process id. */
    processDefinitionId: 'parallel-process',
    /** File name to deploy it under. */
    resourceName: 'parallel-process.bpmn',
    /** What the process does. */
    description: 'A parallel fork into reserve-items and charge-payment, joined before confirm-order.',
    /** The BPMN XML. */
    xml: `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                  id="parallel-definitions" targetNamespace="http://camunda.org/examples">
  <bpmn:process id="parallel-process" name="Parallel fork and join" isExecutable="true">
    <bpmn:startEvent id="start">
      <bpmn:outgoing>to-fork</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:sequenceFlow id="to-fork" sourceRef="start" targetRef="fork" />
    <bpmn:parallelGateway id="fork">
      <bpmn:incoming>to-fork</bpmn:incoming>
      <bpmn:outgoing>to-reserve</bpmn:outgoing>
      <bpmn:outgoing>to-charge</bpmn:outgoing>
    </bpmn:parallelGateway>
    <bpmn:sequenceFlow id="to-reserve" sourceRef="fork" targetRef="reserve-items" />
    <bpmn:sequenceFlow id="to-charge" sourceRef="fork" targetRef="charge-payment" />
    <bpmn:serviceTask id="reserve-items" name="Reserve items">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="reserve-items" />
      </bpmn:extensionElements>
      <bpmn:incoming>to-reserve</bpmn:incoming>
      <bpmn:outgoing>reserve-to-join</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:serviceTask id="charge-payment" name="Charge payment">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="charge-payment" />
      </bpmn:extensionElements>
      <bpmn:incoming>to-charge</bpmn:incoming>
      <bpmn:outgoing>charge-to-join</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:sequenceFlow id="reserve-to-join" sourceRef="reserve-items" targetRef="join" />
    <bpmn:sequenceFlow id="charge-to-join" sourceRef="charge-payment" targetRef="join" />
    <bpmn:parallelGateway id="join">
      <bpmn:incoming>reserve-to-join</bpmn:incoming>
      <bpmn:incoming>charge-to-join</bpmn:incoming>
      <bpmn:outgoing>to-confirm</bpmn:outgoing>
    </bpmn:parallelGateway>
    <bpmn:sequenceFlow id="to-confirm" sourceRef="join" targetRef="confirm-order" />
    <bpmn:serviceTask id="confirm-order" name="Confirm order">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="confirm-order" />
      </bpmn:extensionElements>
      <bpmn:incoming>to-confirm</bpmn:incoming>
      <bpmn:outgoing>to-end</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:sequenceFlow id="to-end" sourceRef="confirm-order" targetRef="end" />
    <bpmn:endEvent id="end">
      <bpmn:incoming>to-end</bpmn:incoming>
    </bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>
`,
  },
  /** A message wait correlated on the order id. */
  messageProcess: {
    /** The BPMN process id. */
    processDefinitionId: 'message-process',
    /** File name to deploy it under. */
    resourceName: 'message-process.bpmn',
    /** What the process does. */
    description:
      'Waits for message payment-received, then receive task order-confirmed, both correlated by orderId.',
    /** The BPMN XML. */
    xml: `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                  id="message-definitions" targetNamespace="http://camunda.org/examples">
  <bpmn:message id="payment-received-message" name="payment-received">
    <bpmn:extensionElements>
      <zeebe:subscription correlationKey="=orderId" />
    </bpmn:extensionElements>
  </bpmn:message>
  <bpmn:message id="order-confirmed-message" name="order-confirmed">
    <bpmn:extensionElements>
      <zeebe:subscription correlationKey="=orderId" />
    </bpmn:extensionElements>
  </bpmn:message>
  <bpmn:process id="message-process" name="Wait for payment" isExecutable="true">
    <bpmn:startEvent id="start">
      <bpmn:outgoing>to-wait</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:sequenceFlow id="to-wait" sourceRef="start" targetRef="wait-for-payment" />
    <bpmn:intermediateCatchEvent id="wait-for-payment" name="Payment received">
      <bpmn:incoming>to-wait</bpmn:incoming>
      <bpmn:outgoing>to-confirmation</bpmn:outgoing>
      <bpmn:messageEventDefinition messageRef="payment-received-message" />
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="to-confirmation" sourceRef="wait-for-payment" targetRef="wait-for-confirmation" />
    <bpmn:receiveTask id="wait-for-confirmation" name="Order confirmed" messageRef="order-confirmed-message">
      <bpmn:incoming>to-confirmation</bpmn:incoming>
      <bpmn:outgoing>to-end</bpmn:outgoing>
    </bpmn:receiveTask>
    <bpmn:sequenceFlow id="to-end" sourceRef="wait-for-confirmation" targetRef="end" />
    <bpmn:endEvent id="end">
      <bpmn:incoming>to-end</bpmn:incoming>
    </bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>
`,
  },
  /** A job with an error boundary event. */
  errorBoundaryProcess: {
    /** The BPMN process id. */
    processDefinitionId: 'error-boundary-process',
    /** File name to deploy it under. */
    resourceName: 'error-boundary-process.bpmn',
    /** What the process does. */
    description: 'Job charge-card with an error boundary catching CARD_DECLINED, leading to notify-customer.',
    /** The BPMN XML. */
    xml: `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                  id="error-definitions" targetNamespace="http://camunda.org/examples">
  <bpmn:error id="card-declined-error" name="Card declined" errorCode="CARD_DECLINED" />
  <bpmn:process id="error-boundary-process" name="Charge with decline handling" isExecutable="true">
    <bpmn:startEvent id="start">
      <bpmn:outgoing>to-charge</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:sequenceFlow id="to-charge" sourceRef="start" targetRef="charge-card" />
    <bpmn:serviceTask id="charge-card" name="Charge card">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="charge-card" retries="2" />
      </bpmn:extensionElements>
      <bpmn:incoming>to-charge</bpmn:incoming>
      <bpmn:outgoing>to-charged</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:boundaryEvent id="card-declined" name="Card declined" attachedToRef="charge-card">
      <bpmn:outgoing>to-notify</bpmn:outgoing>
      <bpmn:errorEventDefinition errorRef="card-declined-error" />
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="to-charged" sourceRef="charge-card" targetRef="charged" />
    <bpmn:endEvent id="charged">
      <bpmn:incoming>to-charged</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="to-notify" sourceRef="card-declined" targetRef="notify-customer" />
    <bpmn:serviceTask id="notify-customer" name="Notify customer">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="notify-customer" />
      </bpmn:extensionElements>
      <bpmn:incoming>to-notify</bpmn:incoming>
      <bpmn:outgoing>to-declined</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:sequenceFlow id="to-declined" sourceRef="notify-customer" targetRef="declined" />
    <bpmn:endEvent id="declined">
      <bpmn:incoming>to-declined</bpmn:incoming>
    </bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>
`,
  },
  /** A Camunda user task. */
  userTaskProcess: {
    /** The BPMN process id. */
    processDefinitionId: 'user-task-process',
    /** File name to deploy it under. */
    resourceName: 'user-task-process.bpmn',
    /** What the process does. */
    description:
      'A Camunda user task assigned to requester.manager, candidate groups finance and managers, priority 70.',
    /** The BPMN XML. */
    xml: `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                  id="user-task-definitions" targetNamespace="http://camunda.org/examples">
  <bpmn:process id="user-task-process" name="Approve expense" isExecutable="true">
    <bpmn:startEvent id="start">
      <bpmn:outgoing>to-approve</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:sequenceFlow id="to-approve" sourceRef="start" targetRef="approve-expense" />
    <bpmn:userTask id="approve-expense" name="Approve expense">
      <bpmn:extensionElements>
        <zeebe:userTask />
        <zeebe:assignmentDefinition assignee="=requester.manager" candidateGroups="finance, managers" />
        <zeebe:priorityDefinition priority="=70" />
        <zeebe:taskHeaders>
          <zeebe:header key="department" value="finance" />
        </zeebe:taskHeaders>
      </bpmn:extensionElements>
      <bpmn:incoming>to-approve</bpmn:incoming>
      <bpmn:outgoing>to-end</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:sequenceFlow id="to-end" sourceRef="approve-expense" targetRef="end" />
    <bpmn:endEvent id="end">
      <bpmn:incoming>to-end</bpmn:incoming>
    </bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>
`,
  },
} as const satisfies Readonly<Record<string, BpmnFixture>>;
