import { elementParsers, NOT_YET_EXECUTED } from './element-parsers.js';
import { IGNORED_FLOW_ELEMENTS, REJECTED_ELEMENTS } from './parse-bpmn.js';

const name = (type: string) => `\`${type.replace(/^bpmn:/, '')}\``;

/**
 * The README's lists of supported, not-yet-executed and rejected BPMN elements, generated from the parser's
 * element registry (a test keeps the README in step with it).
 */
export function describeBpmnCoverage(): string {
  const supported = Object.entries(elementParsers).map(
    ([type, entry]) => `- ${name(type)}: ${entry.supports}`,
  );
  return [
    'Supported (every element of the parser registry, with what of it runs):',
    '',
    ...supported,
    `- accepted and ignored, as in Zeebe: ${IGNORED_FLOW_ELEMENTS.map(name).join(', ')}`,
    '- on every activity: multi-instance (parallel or sequential), `zeebe:ioMapping`, execution listeners (start, end)',
    "- execution listeners where Zeebe's validator allows them: no `start` listeners on start or boundary events, none on compensation boundary events, no `end` listeners on gateways, error end events or escalation intermediate throw events",
    '',
    ...(NOT_YET_EXECUTED.length === 0
      ? []
      : [
          'Deployed by Zeebe 8.10 but not executed here yet (rejected with a message saying so):',
          '',
          ...NOT_YET_EXECUTED.map((what) => `- ${what}`),
          '',
        ]),
    'Rejected, as Zeebe 8.10 rejects them:',
    '',
    `- ${REJECTED_ELEMENTS.map(name).join(', ')} ("elements of type … are currently not supported")`,
    '- compensation event sub-processes (a start event with a compensation event definition), inside sub-processes ("Start events in event subprocesses must be one of: …") and at the process level ("A compensation event subprocess is not allowed on the process level")',
    '- cancel event definitions; loop characteristics other than multi-instance; a multi-instance activity without an input collection',
    '- conditions on sequence flows that do not leave an exclusive or inclusive gateway',
  ].join('\n');
}
