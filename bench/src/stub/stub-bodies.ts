/** The process every stubbed request names (the demo's process). */
export const PROCESS_ID = 'order-fulfilment';

const PROCESS_DEFINITION_KEY = '2251799813685250';

/** A topology answer shaped like a three-broker cluster's (about 1 kB, as a real one). */
export const TOPOLOGY_BODY = JSON.stringify({
  brokers: [0, 1, 2].map((nodeId) => ({
    nodeId,
    brokerId: nodeId,
    host: `camunda-broker-${nodeId}.camunda-broker.camunda.svc`,
    port: 26501,
    partitions: [1, 2, 3].map((partitionId) => ({
      partitionId,
      role: partitionId % 3 === nodeId ? 'leader' : 'follower',
      health: 'healthy',
      state: 'active',
    })),
    version: '8.10.0',
  })),
  clusterId: 'a5c4b0e2-bench',
  clusterSize: 3,
  partitionsCount: 3,
  replicationFactor: 3,
  gatewayVersion: '8.10.0',
  lastCompletedChangeId: '-1',
});

/** The answer to a process-instance creation (the engine does not echo the variables). */
export const CREATION_BODY = JSON.stringify({
  processDefinitionId: PROCESS_ID,
  processDefinitionVersion: 1,
  tenantId: '<default>',
  variables: {},
  processDefinitionKey: PROCESS_DEFINITION_KEY,
  processInstanceKey: '2251799813690001',
  tags: [],
  businessId: null,
});

/** An RFC 9457 problem detail for routes the stub does not serve. */
export function problemBody(status: number, title: string, detail: string): string {
  return JSON.stringify({ type: 'about:blank', title, status, detail, instance: '/v2' });
}

/**
 * One activated job as JSON text, with every field the API declares. Built by concatenation: the stub hands out
 * tens of thousands per run and must not be the bottleneck.
 */
export function activatedJobJson(jobType: string, worker: string, key: number, deadline: number): string {
  const k = String(key);
  return (
    `{"type":${JSON.stringify(jobType)},"processDefinitionId":"${PROCESS_ID}","processDefinitionVersion":1,` +
    `"elementId":"charge-payment","customHeaders":{"provider":"demo-pay"},"worker":${JSON.stringify(worker)},` +
    `"retries":3,"deadline":${deadline},"variables":{"orderId":"order-${k}","amount":42},"tenantId":"<default>",` +
    `"physicalTenantId":"default","jobKey":"${k}","processInstanceKey":"${key + 1_000_000_000}",` +
    `"processDefinitionKey":"${PROCESS_DEFINITION_KEY}","elementInstanceKey":"${key + 2_000_000_000}",` +
    `"kind":"BPMN_ELEMENT","listenerEventType":"UNSPECIFIED","userTask":null,"tags":[],` +
    `"rootProcessInstanceKey":"${key + 1_000_000_000}","businessId":null,"priority":0,"leaseToken":null}`
  );
}
