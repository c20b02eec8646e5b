import type { ElementBehavior } from '../element-behavior.js';

/**
 * Job-based elements (service, send, script and business rule tasks with a job type, job-worker user tasks,
 * message throw and end events): a job is created and the element completes when a worker completes it.
 */
export const jobWorkerBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    const def = ei.node?.job;
    if (def === undefined) return;
    const type = ctx.evaluateString(def.type, ei, 'job type');
    const retries = ctx.evaluateNumber(def.retries, ei, 'job retries');
    const priority = def.priority === undefined ? 0 : ctx.evaluateNumber(def.priority, ei, 'job priority');
    ei.job = ctx.jobs.create({
      type,
      retries,
      priority,
      customHeaders: def.headers,
      tenantId: ei.processInstance.tenantId,
      elementInstance: ei,
    });
  },
  onTerminate(ctx, ei) {
    if (ei.job !== undefined) ctx.jobs.cancel(ei.job);
    return undefined;
  },
};
