import type {
  DeploymentDecisionRequirementsResult,
  DeploymentDecisionResult,
  DeploymentFormResult,
  DeploymentProcessResult,
  DeploymentResourceResult,
  DeploymentResult,
} from '@camunda-ts/types';

/** A deployment with its deployed items also grouped by kind. */
export interface ExtendedDeploymentResult extends DeploymentResult {
  /** The deployed processes. */
  readonly processes: DeploymentProcessResult[];
  /** The deployed decisions. */
  readonly decisions: DeploymentDecisionResult[];
  /** The deployed decision requirements graphs. */
  readonly decisionRequirements: DeploymentDecisionRequirementsResult[];
  /** The deployed forms. */
  readonly forms: DeploymentFormResult[];
  /** Other deployed resources. */
  readonly resources: DeploymentResourceResult[];
}

/** Groups the items of a deployment by kind (`deployments` stays as the server sent it). */
export function extendDeploymentResult(result: DeploymentResult): ExtendedDeploymentResult {
  const processes: DeploymentProcessResult[] = [];
  const decisions: DeploymentDecisionResult[] = [];
  const decisionRequirements: DeploymentDecisionRequirementsResult[] = [];
  const forms: DeploymentFormResult[] = [];
  const resources: DeploymentResourceResult[] = [];
  for (const item of result.deployments ?? []) {
    if (item.processDefinition) processes.push(item.processDefinition);
    if (item.decisionDefinition) decisions.push(item.decisionDefinition);
    if (item.decisionRequirements) decisionRequirements.push(item.decisionRequirements);
    if (item.form) forms.push(item.form);
    if (item.resource) resources.push(item.resource);
  }
  return { ...result, processes, decisions, decisionRequirements, forms, resources };
}
