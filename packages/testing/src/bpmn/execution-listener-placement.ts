import type { FlowNodeModel } from './process-model.js';

/**
 * Zeebe's validator message for execution listeners an element may not have, or undefined when they are allowed:
 * no `start` listeners on start and boundary events, none at all on compensation boundary events, no `end`
 * listeners on gateways, error end events and escalation intermediate throw events (those never end normally).
 */
export function executionListenerPlacementError(node: FlowNodeModel): string | undefined {
  const types = new Set(node.executionListeners.map((l) => l.eventType));
  if (types.size === 0) return undefined;
  const hasStart = types.has('start');
  const hasEnd = types.has('end');
  switch (node.type) {
    case 'START_EVENT':
      return hasStart ? "Execution listeners of type 'start' are not supported by start events" : undefined;
    case 'BOUNDARY_EVENT':
      if (node.eventKind === 'compensation')
        return "Execution listeners of type 'start' and 'end' are not supported by [compensation] boundary events";
      return hasStart
        ? "Execution listeners of type 'start' are not supported by boundary events"
        : undefined;
    case 'EXCLUSIVE_GATEWAY':
    case 'PARALLEL_GATEWAY':
    case 'INCLUSIVE_GATEWAY':
    case 'EVENT_BASED_GATEWAY':
      return hasEnd ? "Execution listeners of type 'end' are not supported by gateway element" : undefined;
    case 'END_EVENT':
      return hasEnd && node.eventKind === 'error'
        ? "Execution listeners of type 'end' are not supported by [error] end events"
        : undefined;
    case 'INTERMEDIATE_THROW_EVENT':
      return hasEnd && node.eventKind === 'escalation'
        ? "Execution listeners of type 'end' are not supported by [escalation] intermediate throw events"
        : undefined;
    default:
      return undefined;
  }
}
