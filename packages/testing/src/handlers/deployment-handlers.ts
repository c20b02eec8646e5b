import { parseBpmn } from '../bpmn/parse-bpmn.js';
import type { ProcessModel } from '../bpmn/process-model.js';
import { markStartForm, startFormIds } from '../bpmn/start-form-id.js';
import type { DecisionRequirementsModel } from '../dmn/dmn-model.js';
import { parseDmn } from '../dmn/parse-dmn.js';
import type { EngineContext } from '../engine/engine-context.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { badRequest, deploymentRejected } from './handler-support.js';

const TENANT_ID = /^(<default>|[\w.-]{1,31})$/;

type Parsed =
  | {
      readonly kind: 'bpmn';
      readonly name: string;
      readonly xml: string;
      readonly processes: readonly ProcessModel[];
    }
  | { readonly kind: 'form'; readonly name: string; readonly content: string; readonly formId: string }
  | {
      readonly kind: 'dmn';
      readonly name: string;
      readonly xml: string;
      readonly model: DecisionRequirementsModel;
    }
  | {
      readonly kind: 'resource';
      readonly name: string;
      readonly content: Uint8Array;
      readonly resourceId: string;
      readonly versionTag: string | null;
    };

/**
 * `createDeployment`: BPMN processes, DMN, forms, RPA scripts and any other file as a generic resource; every
 * resource is checked before any is registered.
 */
export function deploymentHandlers(ctx: EngineContext): HandlerTable {
  return {
    async createDeployment(req) {
      const parts = req.parts ?? [];
      const tenantPart = parts.find((p) => p.name === 'tenantId');
      const tenantId = tenantPart === undefined ? '<default>' : tenantPart.data.toString('utf8');
      if (!TENANT_ID.test(tenantId)) throw badRequest(`'${tenantId}' is not a valid tenant id`);
      const resources = parts.filter((p) => p.name === 'resources');
      if (resources.length === 0)
        throw badRequest('Expected at least one resource to deploy, but none given');
      const parsed: Parsed[] = [];
      for (const part of resources) {
        const name = part.filename ?? 'resource';
        const text = part.data.toString('utf8');
        const lower = name.toLowerCase();
        if (lower.endsWith('.bpmn') || lower.endsWith('.xml')) {
          const { processes } = await parseBpmn(text, name);
          parsed.push({ kind: 'bpmn', name, xml: text, processes });
        } else if (lower.endsWith('.form')) {
          let formId: unknown;
          try {
            formId = (JSON.parse(text) as { id?: unknown }).id;
          } catch {
            throw deploymentRejected(`Resource '${name}' is not a valid form (not JSON)`);
          }
          if (typeof formId !== 'string' || formId === '')
            throw deploymentRejected(`Resource '${name}' is a form without an id`);
          parsed.push({ kind: 'form', name, content: text, formId });
        } else if (lower.endsWith('.dmn')) {
          const model = await parseDmn(text, name);
          ctx.decisions.check(model, tenantId, name);
          parsed.push({ kind: 'dmn', name, xml: text, model });
        } else if (lower.endsWith('.rpa')) {
          let doc: { id?: unknown; versionTag?: unknown };
          try {
            doc = JSON.parse(text) as typeof doc;
          } catch {
            throw deploymentRejected(`Resource '${name}' is not a valid RPA script (not JSON)`);
          }
          if (typeof doc.id !== 'string' || doc.id === '')
            throw deploymentRejected(`Resource '${name}' is an RPA script without an id`);
          const versionTag = typeof doc.versionTag === 'string' ? doc.versionTag : null;
          parsed.push({ kind: 'resource', name, content: part.data, resourceId: doc.id, versionTag });
        } else {
          // Zeebe stores any other file as a generic resource whose id is its file name.
          parsed.push({ kind: 'resource', name, content: part.data, resourceId: name, versionTag: null });
        }
      }
      const deploymentKey = ctx.keys.next();
      const deployments: unknown[] = [];
      const none = {
        processDefinition: null,
        decisionDefinition: null,
        decisionRequirements: null,
        form: null,
        resource: null,
      };
      // Decision requirements and generic resources follow the processes and decisions, as in Camunda.
      const decisionEntries: unknown[] = [];
      for (const resource of parsed) {
        if (resource.kind === 'resource') {
          const r = ctx.resources.deploy({
            resourceId: resource.resourceId,
            versionTag: resource.versionTag,
            resourceName: resource.name,
            tenantId,
            content: resource.content,
            deploymentKey,
          });
          decisionEntries.push({
            ...none,
            resource: {
              resourceId: r.resourceId,
              resourceName: r.resourceName,
              version: r.version,
              tenantId: r.tenantId,
              resourceKey: r.key,
            },
          });
        } else if (resource.kind === 'dmn') {
          const { requirements, decisions } = ctx.decisions.deploy({
            model: resource.model,
            xml: resource.xml,
            resourceName: resource.name,
            tenantId,
            deploymentKey,
          });
          for (const d of decisions) {
            deployments.push({
              ...none,
              decisionDefinition: {
                decisionDefinitionId: d.decisionDefinitionId,
                version: d.version,
                name: d.name,
                tenantId: d.tenantId,
                decisionRequirementsId: requirements.decisionRequirementsId,
                decisionDefinitionKey: d.key,
                decisionRequirementsKey: requirements.key,
              },
            });
          }
          decisionEntries.push({
            ...none,
            decisionRequirements: {
              decisionRequirementsId: requirements.decisionRequirementsId,
              decisionRequirementsName: requirements.name,
              version: requirements.version,
              resourceName: requirements.resourceName,
              tenantId: requirements.tenantId,
              decisionRequirementsKey: requirements.key,
            },
          });
        } else if (resource.kind === 'bpmn') {
          const startForms = await startFormIds(resource.xml);
          for (const model of resource.processes) {
            const d = ctx.definitions.deployProcess({
              model,
              xml: resource.xml,
              resourceName: resource.name,
              tenantId,
              deploymentKey,
            });
            if (startForms.has(d.processDefinitionId)) markStartForm(d);
            deployments.push({
              ...none,
              processDefinition: {
                processDefinitionId: d.processDefinitionId,
                processDefinitionVersion: d.version,
                resourceName: d.resourceName,
                tenantId: d.tenantId,
                processDefinitionKey: d.key,
              },
            });
          }
        } else {
          const f = ctx.definitions.deployForm({
            formId: resource.formId,
            content: resource.content,
            resourceName: resource.name,
            tenantId,
          });
          deployments.push({
            ...none,
            form: {
              formId: f.formId,
              version: f.version,
              resourceName: f.resourceName,
              tenantId: f.tenantId,
              formKey: f.key,
            },
          });
        }
      }
      deployments.push(...decisionEntries);
      return { status: 200, body: { deploymentKey, tenantId, deployments } };
    },
  };
}
