import { startFormIds } from '../bpmn/start-form-id.js';
import type { EngineContext } from '../engine/engine-context.js';
import type { FormRecord } from '../engine/records.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { keyParam, notFound } from './handler-support.js';

/** `FormResult`: the schema is the deployed `.form` document, as a string. */
function toFormResult(form: FormRecord) {
  return {
    tenantId: form.tenantId,
    formId: form.formId,
    schema: form.content,
    version: form.version,
    formKey: form.key,
  };
}

/** Linked forms: by key, a process's start form, a user task's form (204 when there is none). */
export function formHandlers(ctx: EngineContext): HandlerTable {
  return {
    getFormByKey(req) {
      const key = keyParam(req.params, 'formKey');
      const form = ctx.definitions.form(key);
      if (form === undefined) throw notFound('Form', key);
      return { status: 200, body: toFormResult(form) };
    },
    async getStartProcessForm(req) {
      const key = keyParam(req.params, 'processDefinitionKey');
      const definition = ctx.definitions.get(key);
      if (definition === undefined) throw notFound('Process Definition', key);
      const formId = (await startFormIds(definition.xml)).get(definition.processDefinitionId);
      // Camunda resolves a linked start form to the latest deployed version of the form id.
      const form = formId === undefined ? undefined : ctx.definitions.latestForm(formId, definition.tenantId);
      return form === undefined ? { status: 204 } : { status: 200, body: toFormResult(form) };
    },
    getUserTaskForm(req) {
      const key = keyParam(req.params, 'userTaskKey');
      const task = ctx.executor.userTasks.get(key);
      if (task === undefined) throw notFound('User Task', key);
      const form = task.formKey === null ? undefined : ctx.definitions.form(task.formKey);
      return form === undefined ? { status: 204 } : { status: 200, body: toFormResult(form) };
    },
  };
}
