import { isDeepStrictEqual } from 'node:util';
import { type CamundaClient, DecisionDefinitionId, ProcessInstanceKey } from '@camunda-ts/client';
import { awaitRead } from './await-read.js';
import { ProcessAssertionError } from './process-assertion-error.js';
import { type ResolvedWaitOptions, resolveWait, type WaitOptions } from './wait-options.js';

/** Picks decision evaluations: every given field must match. */
export interface DecisionSelector {
  /** The decision's id in the DMN. */
  readonly decisionId?: string;
  /** Only evaluations made for this process instance. */
  readonly processInstanceKey?: string;
}

/** Assertions on the evaluations a selector picks; each waits until one evaluation satisfies it. */
export interface DecisionAssert {
  /** A selected decision was evaluated successfully. */
  isEvaluated(wait?: WaitOptions): Promise<void>;
  /** A selected evaluation's output equals `output` (compared deeply). */
  hasOutput(output: unknown, wait?: WaitOptions): Promise<void>;
}

/** Builds the assertions of {@link DecisionAssert} for a selector. */
export function createDecisionAssert(
  client: CamundaClient,
  selector: DecisionSelector,
  defaults: ResolvedWaitOptions,
): DecisionAssert {
  const filter = {
    ...(selector.decisionId === undefined
      ? {}
      : { decisionDefinitionId: DecisionDefinitionId.of(selector.decisionId) }),
    ...(selector.processInstanceKey === undefined
      ? {}
      : { processInstanceKey: ProcessInstanceKey.of(selector.processInstanceKey) }),
  };
  const check = async (
    label: string,
    holds: (evaluation: { state: string; result: string }) => boolean,
    options: WaitOptions | undefined,
  ) => {
    const wait = resolveWait(defaults, options);
    const read = (o: Parameters<CamundaClient['searchDecisionInstances']>[1]) =>
      client.searchDecisionInstances({ filter, page: { limit: 1000 } }, o);
    const outcome = await awaitRead(read, (r) => r.items.some(holds), wait);
    if (outcome.ok) return;
    const seen = await read(undefined)
      .then((r) => r.items)
      .catch(() => []);
    const list =
      seen.length === 0
        ? '  (no evaluation matches)'
        : seen
            .map(
              (d) =>
                `  - ${d.decisionDefinitionId}: ${d.state}, result ${d.result}${d.evaluationFailure ? `, failure: ${d.evaluationFailure}` : ''}`,
            )
            .join('\n');
    throw new ProcessAssertionError(
      `Expected a decision evaluation ${JSON.stringify(selector)} ${label}, but none did within ${wait.timeoutMs} ms.\nEvaluations:\n${list}`,
    );
  };
  return {
    isEvaluated: (wait) => check('to be evaluated', (d) => d.state === 'EVALUATED', wait),
    hasOutput: (output, wait) =>
      check(
        `to have output ${JSON.stringify(output)}`,
        (d) => d.state === 'EVALUATED' && isDeepStrictEqual(parse(d.result), output),
        wait,
      ),
  };
}

function parse(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}
