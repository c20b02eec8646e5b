import type { DeploymentResult } from '@camunda-ts/types';
import { describe, expect, it } from 'vitest';
import { extendDeploymentResult } from '../src/extend-deployment-result.js';

describe('extendDeploymentResult', () => {
  it('groups deployed items by kind and keeps the original list', () => {
    const result = {
      deploymentKey: '1',
      tenantId: '<default>',
      deployments: [
        {
          processDefinition: { processDefinitionId: 'p' },
          decisionDefinition: null,
          decisionRequirements: null,
          form: null,
          resource: null,
        },
        {
          processDefinition: null,
          decisionDefinition: { decisionDefinitionId: 'd' },
          decisionRequirements: { decisionRequirementsId: 'r' },
          form: null,
          resource: null,
        },
        {
          processDefinition: null,
          decisionDefinition: null,
          decisionRequirements: null,
          form: { formId: 'f' },
          resource: null,
        },
        {
          processDefinition: null,
          decisionDefinition: null,
          decisionRequirements: null,
          form: null,
          resource: { resourceId: 'x' },
        },
      ],
    } as unknown as DeploymentResult;
    const extended = extendDeploymentResult(result);
    expect(extended.processes).toEqual([{ processDefinitionId: 'p' }]);
    expect(extended.decisions).toEqual([{ decisionDefinitionId: 'd' }]);
    expect(extended.decisionRequirements).toEqual([{ decisionRequirementsId: 'r' }]);
    expect(extended.forms).toEqual([{ formId: 'f' }]);
    expect(extended.resources).toEqual([{ resourceId: 'x' }]);
    expect(extended.deployments).toBe(result.deployments);
    expect(extended.deploymentKey).toBe('1');
  });
});
