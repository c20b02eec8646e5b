import {
  adHocInnerInstanceBehavior,
  adHocSubProcessBehavior,
} from './behaviors/ad-hoc-sub-process-behavior.js';
import { callActivityBehavior } from './behaviors/call-activity-behavior.js';
import { calledDecisionBehavior } from './behaviors/called-decision-behavior.js';
import { compensationThrowBehavior } from './behaviors/compensation-throw-behavior.js';
import { conditionalCatchBehavior } from './behaviors/conditional-catch-behavior.js';
import { errorEndBehavior } from './behaviors/error-end-behavior.js';
import { escalationThrowBehavior } from './behaviors/escalation-throw-behavior.js';
import { eventBasedGatewayBehavior } from './behaviors/event-based-gateway-behavior.js';
import { exclusiveGatewayBehavior } from './behaviors/exclusive-gateway-behavior.js';
import { inclusiveGatewayBehavior } from './behaviors/inclusive-gateway-behavior.js';
import { jobWorkerBehavior } from './behaviors/job-worker-behavior.js';
import { linkThrowBehavior } from './behaviors/link-throw-behavior.js';
import { messageCatchBehavior } from './behaviors/message-catch-behavior.js';
import { multiInstanceBodyBehavior } from './behaviors/multi-instance-body-behavior.js';
import { parallelGatewayBehavior } from './behaviors/parallel-gateway-behavior.js';
import { passThroughBehavior } from './behaviors/pass-through-behavior.js';
import { scriptBehavior } from './behaviors/script-behavior.js';
import { signalCatchBehavior } from './behaviors/signal-catch-behavior.js';
import { signalThrowBehavior } from './behaviors/signal-throw-behavior.js';
import { subProcessBehavior } from './behaviors/sub-process-behavior.js';
import { terminateEndBehavior } from './behaviors/terminate-end-behavior.js';
import { timerCatchBehavior } from './behaviors/timer-catch-behavior.js';
import { userTaskBehavior } from './behaviors/user-task-behavior.js';
import type { ElementBehavior } from './element-behavior.js';

/**
 * The element behaviours by name. The parser tags every flow node with one of these names; adding an element
 * family is one behaviour file and one line here.
 */
export const elementBehaviors = {
  passThrough: passThroughBehavior,
  noneEnd: passThroughBehavior,
  boundary: passThroughBehavior,
  errorEnd: errorEndBehavior,
  terminateEnd: terminateEndBehavior,
  job: jobWorkerBehavior,
  userTask: userTaskBehavior,
  script: scriptBehavior,
  message: messageCatchBehavior,
  timer: timerCatchBehavior,
  signal: signalCatchBehavior,
  exclusiveGateway: exclusiveGatewayBehavior,
  parallelGateway: parallelGatewayBehavior,
  subProcess: subProcessBehavior,
  multiInstanceBody: multiInstanceBodyBehavior,
  callActivity: callActivityBehavior,
  inclusiveGateway: inclusiveGatewayBehavior,
  eventBasedGateway: eventBasedGatewayBehavior,
  signalThrow: signalThrowBehavior,
  escalationThrow: escalationThrowBehavior,
  linkThrow: linkThrowBehavior,
  adHocSubProcess: adHocSubProcessBehavior,
  adHocInnerInstance: adHocInnerInstanceBehavior,
  calledDecision: calledDecisionBehavior,
  conditionalCatch: conditionalCatchBehavior,
  compensationThrow: compensationThrowBehavior,
} as const satisfies Readonly<Record<string, ElementBehavior>>;

/** The name of an element behaviour. */
export type NodeBehavior = keyof typeof elementBehaviors;
