import { describe, expect, it } from 'vitest';
import { parseBpmn } from '../src/bpmn/parse-bpmn.js';
import { bpmn, flows, serviceTask } from './support/executor-harness.js';

const boundary = (attachedTo: string, id = `${attachedTo}-undo`) =>
  `<boundaryEvent id="${id}" attachedToRef="${attachedTo}"><compensateEventDefinition/></boundaryEvent>`;
const handler = (
  id: string,
  tag = 'serviceTask',
  body = '<extensionElements><zeebe:taskDefinition type="undo"/></extensionElements>',
) => `<${tag} id="${id}" isForCompensation="true">${body}</${tag}>`;
const association = (from: string, to: string) =>
  `<association id="${from}-${to}" sourceRef="${from}" targetRef="${to}"/>`;
const deploy = (body: string) => parseBpmn(bpmn('p', body), 'p.bpmn');

describe("compensation models Zeebe's validator rejects", () => {
  it('a compensation boundary event without an associated handler', async () => {
    await expect(
      deploy(
        `<startEvent id="s"/>${serviceTask('a')}${boundary('a')}<endEvent id="e"/>${flows('s->a', 'a->e')}`,
      ),
    ).rejects.toThrow(
      "element 'a-undo' of type 'bpmn:BoundaryEvent' is invalid: Compensation boundary events must have a compensation association and no outgoing sequence flows",
    );
  });

  it('a compensation handler with sequence flows, a boundary event, or of a task type Zeebe does not allow', async () => {
    const model = (extra: string, handlerXml = handler('undo-a')) =>
      `<startEvent id="s"/>${serviceTask('a')}${boundary('a')}${handlerXml}${association('a-undo', 'undo-a')}
      <endEvent id="e"/>${flows('s->a', 'a->e')}${extra}`;
    await expect(deploy(model(flows('undo-a->e')))).rejects.toThrow(
      "element 'undo-a' of type 'bpmn:ServiceTask' is invalid: A compensation handler should have no outgoing sequence flows",
    );
    await expect(deploy(model(flows('s->undo-a')))).rejects.toThrow(
      'A compensation handler should have no incoming sequence flows',
    );
    await expect(
      deploy(
        model(
          `<boundaryEvent id="late" attachedToRef="undo-a"><timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition></boundaryEvent>`,
        ),
      ),
    ).rejects.toThrow('A compensation handler should have no boundary events');
    await expect(deploy(model('', handler('undo-a', 'businessRuleTask')))).rejects.toThrow(
      'Compensation task must be one of: service task, user task, send task, script task, manual task, or undefined task.',
    );
    // A plain (undefined) task and an embedded sub-process may be handlers.
    await expect(deploy(model('', handler('undo-a', 'task', '')))).resolves.toBeDefined();
    await expect(
      deploy(
        model(
          '',
          handler('undo-a', 'subProcess', `<startEvent id="us"/><endEvent id="ue"/>${flows('us->ue')}`),
        ),
      ),
    ).resolves.toBeDefined();
  });

  it('a compensation throw event that does not wait for completion', async () => {
    await expect(
      deploy(
        `<startEvent id="s"/><endEvent id="e"><compensateEventDefinition waitForCompletion="false"/></endEvent>${flows('s->e')}`,
      ),
    ).rejects.toThrow('A compensation end event waitForCompletion attribute must be true or not present');
    await expect(
      deploy(
        `<startEvent id="s"/><intermediateThrowEvent id="t"><compensateEventDefinition waitForCompletion="false"/></intermediateThrowEvent>
        <endEvent id="e"/>${flows('s->t', 't->e')}`,
      ),
    ).rejects.toThrow(
      'A compensation intermediate throwing event waitForCompletion attribute must be true or not present',
    );
  });
});
