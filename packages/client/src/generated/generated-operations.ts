// Generated from the OpenAPI spec — do not edit
import type { OperationId, OperationInput, OperationOutput } from '@camunda-ts/types/operations';
import type { CallOptions } from '../call-options.js';

/**
 * One typed method per operation of the Camunda 8 Orchestration Cluster REST API. Each method hands its
 * operationId, input and options to `invoke`, which the client runtime implements once for all operations.
 */
export abstract class GeneratedOperations {
  /** Executes one operation: the single place where requests are built, sent, retried and decoded. */
  protected abstract invoke<K extends OperationId>(
    operationId: K,
    input: unknown,
    options: CallOptions | undefined,
  ): Promise<OperationOutput<K>>;

  /**
   * Activate activities within an ad-hoc sub-process
   *
   * Activates selected activities within an ad-hoc sub-process identified by element ID.
   * The provided element IDs must exist within the ad-hoc sub-process instance identified by the
   * provided adHocSubProcessInstanceKey.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The ad-hoc sub-process instance is not found or the provided key does
   * not identify an ad-hoc sub-process.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  activateAdHocSubProcessActivities(
    input: OperationInput<'activateAdHocSubProcessActivities'>,
    options?: CallOptions<OperationOutput<'activateAdHocSubProcessActivities'>>,
  ): Promise<OperationOutput<'activateAdHocSubProcessActivities'>> {
    return this.invoke('activateAdHocSubProcessActivities', input, options);
  }

  /**
   * Activate jobs
   *
   * Iterate through all known partitions and activate jobs up to the requested maximum.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  activateJobs(
    input: OperationInput<'activateJobs'>,
    options?: CallOptions<OperationOutput<'activateJobs'>>,
  ): Promise<OperationOutput<'activateJobs'>> {
    return this.invoke('activateJobs', input, options);
  }

  /**
   * Assign a client to a group
   *
   * Assigns a client to a group, making it a member of the group.
   * Members of the group inherit the group authorizations, roles, and tenant assignments.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The group with the given ID was not found.
   * @throws HttpError with status 409: The client with the given ID is already assigned to the group.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  assignClientToGroup(
    input: OperationInput<'assignClientToGroup'>,
    options?: CallOptions<OperationOutput<'assignClientToGroup'>>,
  ): Promise<OperationOutput<'assignClientToGroup'>> {
    return this.invoke('assignClientToGroup', input, options);
  }

  /**
   * Assign a client to a tenant
   *
   * Assign the client to the specified tenant.
   * The client can then access tenant data and perform authorized actions.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The tenant was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  assignClientToTenant(
    input: OperationInput<'assignClientToTenant'>,
    options?: CallOptions<OperationOutput<'assignClientToTenant'>>,
  ): Promise<OperationOutput<'assignClientToTenant'>> {
    return this.invoke('assignClientToTenant', input, options);
  }

  /**
   * Assign a group to a tenant
   *
   * Assigns a group to a specified tenant.
   * Group members (users, clients) can then access tenant data and perform authorized actions.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Not found. The tenant or group was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  assignGroupToTenant(
    input: OperationInput<'assignGroupToTenant'>,
    options?: CallOptions<OperationOutput<'assignGroupToTenant'>>,
  ): Promise<OperationOutput<'assignGroupToTenant'>> {
    return this.invoke('assignGroupToTenant', input, options);
  }

  /**
   * Assign a mapping rule to a group
   *
   * Assigns a mapping rule to a group.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The group or mapping rule with the given ID was not found.
   * @throws HttpError with status 409: The mapping rule with the given ID is already assigned to the group.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  assignMappingRuleToGroup(
    input: OperationInput<'assignMappingRuleToGroup'>,
    options?: CallOptions<OperationOutput<'assignMappingRuleToGroup'>>,
  ): Promise<OperationOutput<'assignMappingRuleToGroup'>> {
    return this.invoke('assignMappingRuleToGroup', input, options);
  }

  /**
   * Assign a mapping rule to a tenant
   *
   * Assign a single mapping rule to a specified tenant.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Not found. The tenant or mapping rule was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  assignMappingRuleToTenant(
    input: OperationInput<'assignMappingRuleToTenant'>,
    options?: CallOptions<OperationOutput<'assignMappingRuleToTenant'>>,
  ): Promise<OperationOutput<'assignMappingRuleToTenant'>> {
    return this.invoke('assignMappingRuleToTenant', input, options);
  }

  /**
   * Assign business id to process instance
   *
   * Assigns a business id to an already-running process instance that currently has none.
   *
   * The assignment is single and irreversible: only artifacts created after the assignment
   * (for example future jobs, user tasks, decision instances, and message subscriptions) carry
   * the business id, while existing artifacts are not retroactively enriched. Re-sending the
   * same business id succeeds as a no-op. This endpoint is only useful while business id
   * uniqueness enforcement is disabled; when it is enabled, the request is rejected with a 409
   * response.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 404: The process instance is not found.
   * @throws HttpError with status 409: The business id assignment failed because the process instance is not
   * eligible, for example it already has a different business id, it is a call-activity child, or business id
   * uniqueness enforcement is enabled. More details are provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  assignProcessInstanceBusinessId(
    input: OperationInput<'assignProcessInstanceBusinessId'>,
    options?: CallOptions<OperationOutput<'assignProcessInstanceBusinessId'>>,
  ): Promise<OperationOutput<'assignProcessInstanceBusinessId'>> {
    return this.invoke('assignProcessInstanceBusinessId', input, options);
  }

  /**
   * Assign a role to a client
   *
   * Assigns the specified role to the client. The client will inherit the authorizations associated with this role.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The role with the given ID was not found.
   * @throws HttpError with status 409: The role was already assigned to the client with the given ID.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  assignRoleToClient(
    input: OperationInput<'assignRoleToClient'>,
    options?: CallOptions<OperationOutput<'assignRoleToClient'>>,
  ): Promise<OperationOutput<'assignRoleToClient'>> {
    return this.invoke('assignRoleToClient', input, options);
  }

  /**
   * Assign a role to a group
   *
   * Assigns the specified role to the group. Every member of the group (user or client) will inherit the authorizations associated with this role.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The role or group with the given ID was not found.
   * @throws HttpError with status 409: The role is already assigned to the group with the given ID.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  assignRoleToGroup(
    input: OperationInput<'assignRoleToGroup'>,
    options?: CallOptions<OperationOutput<'assignRoleToGroup'>>,
  ): Promise<OperationOutput<'assignRoleToGroup'>> {
    return this.invoke('assignRoleToGroup', input, options);
  }

  /**
   * Assign a role to a mapping rule
   *
   * Assigns a role to a mapping rule.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The role or mapping rule with the given ID was not found.
   * @throws HttpError with status 409: The role is already assigned to the mapping rule with the given ID.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  assignRoleToMappingRule(
    input: OperationInput<'assignRoleToMappingRule'>,
    options?: CallOptions<OperationOutput<'assignRoleToMappingRule'>>,
  ): Promise<OperationOutput<'assignRoleToMappingRule'>> {
    return this.invoke('assignRoleToMappingRule', input, options);
  }

  /**
   * Assign a role to a tenant
   *
   * Assigns a role to a specified tenant.
   * Users, Clients or Groups, that have the role assigned, will get access to the tenant's data and can perform actions according to their authorizations.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Not found. The tenant or role was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  assignRoleToTenant(
    input: OperationInput<'assignRoleToTenant'>,
    options?: CallOptions<OperationOutput<'assignRoleToTenant'>>,
  ): Promise<OperationOutput<'assignRoleToTenant'>> {
    return this.invoke('assignRoleToTenant', input, options);
  }

  /**
   * Assign a role to a user
   *
   * Assigns the specified role to the user. The user will inherit the authorizations associated with this role.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The role or user with the given ID or username was not found.
   * @throws HttpError with status 409: The role is already assigned to the user with the given ID.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  assignRoleToUser(
    input: OperationInput<'assignRoleToUser'>,
    options?: CallOptions<OperationOutput<'assignRoleToUser'>>,
  ): Promise<OperationOutput<'assignRoleToUser'>> {
    return this.invoke('assignRoleToUser', input, options);
  }

  /**
   * Assign user task
   *
   * Assigns a user task with the given key to the given assignee. Assignment waits for blocking task listeners on this lifecycle transition. If listener processing is delayed beyond the request timeout, this endpoint can return 504. Other gateway timeout causes are also possible. Retry with backoff and inspect listener worker availability and logs when this repeats.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 404: The user task with the given key was not found.
   * @throws HttpError with status 409: The user task with the given key is in the wrong state currently. More
   * details are provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   * @throws HttpError with status 504: The request timed out between the gateway and the broker. For these
   * endpoints, this often happens when user task listeners are configured and the corresponding listener job
   * is not completed within the request timeout. Common causes include no available job workers for the
   * listener type, busy or crashed job workers, or delayed job completion. As with any gateway timeout,
   * general timeout causes (for example transient network issues) can also result in a 504 response.
   * Troubleshooting: - verify that job workers for the listener type are running and healthy - check worker
   * logs for crashes, retries, and completion failures - check network connectivity between workers, gateway,
   * and broker - retry with backoff after transient failures - fail without retries if a problem persists
   */
  assignUserTask(
    input: OperationInput<'assignUserTask'>,
    options?: CallOptions<OperationOutput<'assignUserTask'>>,
  ): Promise<OperationOutput<'assignUserTask'>> {
    return this.invoke('assignUserTask', input, options);
  }

  /**
   * Assign a user to a group
   *
   * Assigns a user to a group, making the user a member of the group.
   * Group members inherit the group authorizations, roles, and tenant assignments.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The group or user with the given ID or username was not found.
   * @throws HttpError with status 409: The user with the given ID is already assigned to the group.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  assignUserToGroup(
    input: OperationInput<'assignUserToGroup'>,
    options?: CallOptions<OperationOutput<'assignUserToGroup'>>,
  ): Promise<OperationOutput<'assignUserToGroup'>> {
    return this.invoke('assignUserToGroup', input, options);
  }

  /**
   * Assign a user to a tenant
   *
   * Assign a single user to a specified tenant. The user can then access tenant data and perform authorized actions.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Not found. The tenant or user was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  assignUserToTenant(
    input: OperationInput<'assignUserToTenant'>,
    options?: CallOptions<OperationOutput<'assignUserToTenant'>>,
  ): Promise<OperationOutput<'assignUserToTenant'>> {
    return this.invoke('assignUserToTenant', input, options);
  }

  /**
   * Broadcast signal
   *
   * Broadcasts a signal.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 404: The signal is not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  broadcastSignal(
    input: OperationInput<'broadcastSignal'>,
    options?: CallOptions<OperationOutput<'broadcastSignal'>>,
  ): Promise<OperationOutput<'broadcastSignal'>> {
    return this.invoke('broadcastSignal', input, options);
  }

  /**
   * Cancel Batch operation
   *
   * Cancels a running batch operation.
   * This is done asynchronously, the progress can be tracked using the batch operation status endpoint (/batch-operations/{batchOperationKey}).
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Not found. The batch operation was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  cancelBatchOperation(
    input: OperationInput<'cancelBatchOperation'>,
    options?: CallOptions<OperationOutput<'cancelBatchOperation'>>,
  ): Promise<OperationOutput<'cancelBatchOperation'>> {
    return this.invoke('cancelBatchOperation', input, options);
  }

  /**
   * Cancel process instance
   *
   * Cancels a running process instance. As a cancellation includes more than just the removal of the process instance resource, the cancellation resource must be posted. Cancellation can wait on listener-related processing; when that processing does not complete in time, this endpoint can return 504. Other gateway timeout causes are also possible. Retry with backoff and inspect listener worker availability and logs when this repeats.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 404: The process instance is not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   * @throws HttpError with status 504: The request timed out between the gateway and the broker. For these
   * endpoints, this often happens when user task listeners are configured and the corresponding listener job
   * is not completed within the request timeout. Common causes include no available job workers for the
   * listener type, busy or crashed job workers, or delayed job completion. As with any gateway timeout,
   * general timeout causes (for example transient network issues) can also result in a 504 response.
   * Troubleshooting: - verify that job workers for the listener type are running and healthy - check worker
   * logs for crashes, retries, and completion failures - check network connectivity between workers, gateway,
   * and broker - retry with backoff after transient failures - fail without retries if a problem persists
   */
  cancelProcessInstance(
    input: OperationInput<'cancelProcessInstance'>,
    options?: CallOptions<OperationOutput<'cancelProcessInstance'>>,
  ): Promise<OperationOutput<'cancelProcessInstance'>> {
    return this.invoke('cancelProcessInstance', input, options);
  }

  /**
   * Cancel process instances (batch)
   *
   * Cancels multiple running process instances.
   * Since only ACTIVE root instances can be cancelled, any given filters for state and
   * parentProcessInstanceKey are ignored and overridden during this batch operation.
   * This is done asynchronously, the progress can be tracked using the batchOperationKey from the response and the batch operation status endpoint (/batch-operations/{batchOperationKey}).
   *
   * @throws HttpError with status 400: The process instance batch operation failed. More details are provided
   * in the response body.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  cancelProcessInstancesBatchOperation(
    input: OperationInput<'cancelProcessInstancesBatchOperation'>,
    options?: CallOptions<OperationOutput<'cancelProcessInstancesBatchOperation'>>,
  ): Promise<OperationOutput<'cancelProcessInstancesBatchOperation'>> {
    return this.invoke('cancelProcessInstancesBatchOperation', input, options);
  }

  /**
   * Change cluster mode
   *
   * Transitions the cluster between processing and recovery mode. This is a non-blocking operation: the request is acknowledged once the change has been accepted, before the transition itself has completed. Entering recovery mode deactivates all partitions so that only a restricted set of read-only operations remains available; exiting recovery mode returns the cluster to normal processing. Returns the planned cluster change so its progress can be monitored via the topology.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  changeClusterMode(
    input: OperationInput<'changeClusterMode'>,
    options?: CallOptions<OperationOutput<'changeClusterMode'>>,
  ): Promise<OperationOutput<'changeClusterMode'>> {
    return this.invoke('changeClusterMode', input, options);
  }

  /**
   * Change the cluster mode of one or every physical tenant
   *
   * Transitions physical tenants between processing and recovery mode.
   *
   * If the `physicalTenantId` parameter is not provided, all available physical tenants are transitioned individually.
   *
   * Requires the cluster-admin security chain. Although this operation lists `bearerAuth` / `basicAuth` like the rest of the Orchestration Cluster API, it does not accept an Orchestration Cluster user's credentials — only the separate cluster-admin credentials are valid here.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 404: The requested `physicalTenantId` does not exist in this cluster.
   * @throws HttpError with status 409: The mode change conflicts with the cluster state, for example because
   * another configuration change is in progress.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  changeClusterModeAsClusterAdmin(
    input: OperationInput<'changeClusterModeAsClusterAdmin'>,
    options?: CallOptions<OperationOutput<'changeClusterModeAsClusterAdmin'>>,
  ): Promise<OperationOutput<'changeClusterModeAsClusterAdmin'>> {
    return this.invoke('changeClusterModeAsClusterAdmin', input, options);
  }

  /**
   * Complete job
   *
   * Complete a job with the given payload, which allows completing the associated service task.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 404: The job with the given key was not found.
   * @throws HttpError with status 409: The job with the given key is in the wrong state currently. More
   * details are provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  completeJob(
    input: OperationInput<'completeJob'>,
    options?: CallOptions<OperationOutput<'completeJob'>>,
  ): Promise<OperationOutput<'completeJob'>> {
    return this.invoke('completeJob', input, options);
  }

  /**
   * Complete user task
   *
   * Completes a user task with the given key. Completion waits for blocking task listeners on this lifecycle transition. If listener processing is delayed beyond the request timeout, this endpoint can return 504. Other gateway timeout causes are also possible. Retry with backoff and inspect listener worker availability and logs when this repeats.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 404: The user task with the given key was not found.
   * @throws HttpError with status 409: The user task with the given key is in the wrong state currently. More
   * details are provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   * @throws HttpError with status 504: The request timed out between the gateway and the broker. For these
   * endpoints, this often happens when user task listeners are configured and the corresponding listener job
   * is not completed within the request timeout. Common causes include no available job workers for the
   * listener type, busy or crashed job workers, or delayed job completion. As with any gateway timeout,
   * general timeout causes (for example transient network issues) can also result in a 504 response.
   * Troubleshooting: - verify that job workers for the listener type are running and healthy - check worker
   * logs for crashes, retries, and completion failures - check network connectivity between workers, gateway,
   * and broker - retry with backoff after transient failures - fail without retries if a problem persists
   */
  completeUserTask(
    input: OperationInput<'completeUserTask'>,
    options?: CallOptions<OperationOutput<'completeUserTask'>>,
  ): Promise<OperationOutput<'completeUserTask'>> {
    return this.invoke('completeUserTask', input, options);
  }

  /**
   * Correlate message
   *
   * Publishes a message and correlates it to a subscription.
   * If correlation is successful it will return the first process instance key the message correlated with.
   * The message is not buffered.
   * Use the publish message endpoint to send messages that can be buffered.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Not found
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  correlateMessage(
    input: OperationInput<'correlateMessage'>,
    options?: CallOptions<OperationOutput<'correlateMessage'>>,
  ): Promise<OperationOutput<'correlateMessage'>> {
    return this.invoke('correlateMessage', input, options);
  }

  /**
   * Create admin user
   *
   * Creates a new user and assigns the admin role to it. This endpoint is only usable when users are managed in the Orchestration Cluster and while no user is assigned to the admin role.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 409: A user with this username already exists.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  createAdminUser(
    input: OperationInput<'createAdminUser'>,
    options?: CallOptions<OperationOutput<'createAdminUser'>>,
  ): Promise<OperationOutput<'createAdminUser'>> {
    return this.invoke('createAdminUser', input, options);
  }

  /**
   * Create agent instance
   *
   * Creates a new agent instance. The returned key identifies the instance and must
   * be used in subsequent update and query calls.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The elementInstanceKey does not correspond to an active element
   * instance. More details are provided in the response body.
   * @throws HttpError with status 409: An agent instance already exists for the given element instance.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  createAgentInstance(
    input: OperationInput<'createAgentInstance'>,
    options?: CallOptions<OperationOutput<'createAgentInstance'>>,
  ): Promise<OperationOutput<'createAgentInstance'>> {
    return this.invoke('createAgentInstance', input, options);
  }

  /**
   * Create agent instance history item
   *
   * Appends a single history item to an agent instance's conversation history.
   * The created item has commitStatus PENDING until the job identified by jobLease
   * completes successfully, at which point it transitions to COMMITTED. If the job
   * fails or is superseded by a retry, the item is marked DISCARDED.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The agent instance with the given key was not found, or the specified
   * jobKey does not correspond to an active job. More details are provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  createAgentInstanceHistoryItem(
    input: OperationInput<'createAgentInstanceHistoryItem'>,
    options?: CallOptions<OperationOutput<'createAgentInstanceHistoryItem'>>,
  ): Promise<OperationOutput<'createAgentInstanceHistoryItem'>> {
    return this.invoke('createAgentInstanceHistoryItem', input, options);
  }

  /**
   * Create authorization
   *
   * Create the authorization.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The owner was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  createAuthorization(
    input: OperationInput<'createAuthorization'>,
    options?: CallOptions<OperationOutput<'createAuthorization'>>,
  ): Promise<OperationOutput<'createAuthorization'>> {
    return this.invoke('createAuthorization', input, options);
  }

  /**
   * Deploy resources
   *
   * Deploys one or more resources, including BPMN processes, DMN decision models, forms, RPA resources, and generic files.
   * A deployment can contain any file type. Files that are not interpreted as BPMN, DMN, form, or RPA resources are stored as deployable generic resources in the engine.
   * This is an atomic call, i.e. either all resources are deployed or none of them are.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  createDeployment(
    input: OperationInput<'createDeployment'>,
    options?: CallOptions<OperationOutput<'createDeployment'>>,
  ): Promise<OperationOutput<'createDeployment'>> {
    return this.invoke('createDeployment', input, options);
  }

  /**
   * Upload document
   *
   * Upload a document to the Camunda 8 cluster.
   *
   * Note that this is currently supported for document stores of type: AWS, Azure, GCP, in-memory (non-production), local (non-production)
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 415: The server cannot process the request because the media type
   * (Content-Type) of the request payload is not supported by the server for the requested resource and
   * method.
   */
  createDocument(
    input: OperationInput<'createDocument'>,
    options?: CallOptions<OperationOutput<'createDocument'>>,
  ): Promise<OperationOutput<'createDocument'>> {
    return this.invoke('createDocument', input, options);
  }

  /**
   * Create document link
   *
   * Create a link to a document in the Camunda 8 cluster.
   *
   * Note that this is currently supported for document stores of type: AWS, Azure, GCP
   *
   * @throws HttpError with status 400: The provided data is not valid.
   */
  createDocumentLink(
    input: OperationInput<'createDocumentLink'>,
    options?: CallOptions<OperationOutput<'createDocumentLink'>>,
  ): Promise<OperationOutput<'createDocumentLink'>> {
    return this.invoke('createDocumentLink', input, options);
  }

  /**
   * Upload multiple documents
   *
   * Upload multiple documents to the Camunda 8 cluster.
   *
   * The caller must provide a file name for each document, which will be used in case of a multi-status response
   * to identify which documents failed to upload. The file name can be provided in the `Content-Disposition` header
   * of the file part or in the `fileName` field of the metadata. You can add a parallel array of metadata objects. These
   * are matched with the files based on index, and must have the same length as the files array.
   * To pass homogenous metadata for all files, spread the metadata over the metadata array.
   * A filename value provided explicitly via the metadata array in the request overrides the `Content-Disposition` header
   * of the file part.
   *
   * In case of a multi-status response, the response body will contain a list of `DocumentBatchProblemDetail` objects,
   * each of which contains the file name of the document that failed to upload and the reason for the failure.
   * The client can choose to retry the whole batch or individual documents based on the response.
   *
   * Note that this is currently supported for document stores of type: AWS, Azure, GCP, in-memory (non-production), local (non-production)
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 415: The server cannot process the request because the media type
   * (Content-Type) of the request payload is not supported by the server for the requested resource and
   * method.
   */
  createDocuments(
    input: OperationInput<'createDocuments'>,
    options?: CallOptions<OperationOutput<'createDocuments'>>,
  ): Promise<OperationOutput<'createDocuments'>> {
    return this.invoke('createDocuments', input, options);
  }

  /**
   * Update element instance variables
   *
   * Updates all the variables of a particular scope (for example, process instance, element instance) with the given variable data.
   * Specify the element instance in the `elementInstanceKey` parameter.
   * Variable updates can be delayed by listener-related processing; if processing exceeds the
   * request timeout, this endpoint can return 504. Other gateway timeout causes are also
   * possible. Retry with backoff and inspect listener worker availability and logs when this
   * repeats.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   * @throws HttpError with status 504: The request timed out between the gateway and the broker. For these
   * endpoints, this often happens when user task listeners are configured and the corresponding listener job
   * is not completed within the request timeout. Common causes include no available job workers for the
   * listener type, busy or crashed job workers, or delayed job completion. As with any gateway timeout,
   * general timeout causes (for example transient network issues) can also result in a 504 response.
   * Troubleshooting: - verify that job workers for the listener type are running and healthy - check worker
   * logs for crashes, retries, and completion failures - check network connectivity between workers, gateway,
   * and broker - retry with backoff after transient failures - fail without retries if a problem persists
   */
  createElementInstanceVariables(
    input: OperationInput<'createElementInstanceVariables'>,
    options?: CallOptions<OperationOutput<'createElementInstanceVariables'>>,
  ): Promise<OperationOutput<'createElementInstanceVariables'>> {
    return this.invoke('createElementInstanceVariables', input, options);
  }

  /**
   * Create a global-scoped cluster variable
   *
   * Create a global-scoped cluster variable.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 409: A cluster variable with this name already exists.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  createGlobalClusterVariable(
    input: OperationInput<'createGlobalClusterVariable'>,
    options?: CallOptions<OperationOutput<'createGlobalClusterVariable'>>,
  ): Promise<OperationOutput<'createGlobalClusterVariable'>> {
    return this.invoke('createGlobalClusterVariable', input, options);
  }

  /**
   * Create global user task listener
   *
   * Create a new global user task listener.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 409: A global listener with this id already exists.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  createGlobalTaskListener(
    input: OperationInput<'createGlobalTaskListener'>,
    options?: CallOptions<OperationOutput<'createGlobalTaskListener'>>,
  ): Promise<OperationOutput<'createGlobalTaskListener'>> {
    return this.invoke('createGlobalTaskListener', input, options);
  }

  /**
   * Create group
   *
   * Create a new group.
   *
   * The supplied `groupId` is validated against `^[a-zA-Z0-9_~@.+-]+$`
   * (max 256 characters) by `IdentifierValidator.validateId` in the
   * runtime. This strict validation applies wherever the Groups API
   * is available: in OIDC deployments that set
   * `camunda.security.authentication.oidc.groupsClaim` the Groups
   * API (including this endpoint) is disabled entirely, so group
   * CRUD never sees externally-minted IdP IDs. The BYOG relaxation
   * only loosens validation when a group is referenced *as a member*
   * of a role or tenant (`assignRoleToGroup`,
   * `assignGroupToTenant`); group CRUD itself always uses the strict
   * default-id regex. The constraint is not advertised on the
   * `GroupId` schema so that the same schema can be reused at
   * member-reference sites without falsely rejecting
   * externally-minted IdP group IDs there.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 409: Group with this id already exists.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  createGroup(
    input: OperationInput<'createGroup'>,
    options?: CallOptions<OperationOutput<'createGroup'>>,
  ): Promise<OperationOutput<'createGroup'>> {
    return this.invoke('createGroup', input, options);
  }

  /**
   * Create mapping rule
   *
   * Create a new mapping rule
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: The request to create a mapping rule was denied. More details are
   * provided in the response body.
   * @throws HttpError with status 404: The request to create a mapping rule was denied.
   * @throws HttpError with status 409: Mapping rule with this id already exists.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  createMappingRule(
    input: OperationInput<'createMappingRule'>,
    options?: CallOptions<OperationOutput<'createMappingRule'>>,
  ): Promise<OperationOutput<'createMappingRule'>> {
    return this.invoke('createMappingRule', input, options);
  }

  /**
   * Create process instance
   *
   * Creates and starts an instance of the specified process.
   * The process definition to use to create the instance can be specified either using its unique key
   * (as returned by Deploy resources), or using the BPMN process id and a version.
   *
   * Waits for the completion of the process instance before returning a result
   * when awaitCompletion is enabled.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 409: The process instance creation was rejected due to a business ID
   * uniqueness conflict. This can happen only when Business ID Uniqueness Control is enabled and an active
   * root process instance with the provided business ID already exists for the same process definition and
   * tenant.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   * @throws HttpError with status 504: The process instance creation request timed out in the gateway. This
   * can happen if the `awaitCompletion` request parameter is set to `true` and the created process instance
   * did not complete within the defined request timeout. This often happens when the created instance is not
   * fully automated or contains wait states.
   */
  createProcessInstance(
    input: OperationInput<'createProcessInstance'>,
    options?: CallOptions<OperationOutput<'createProcessInstance'>>,
  ): Promise<OperationOutput<'createProcessInstance'>> {
    return this.invoke('createProcessInstance', input, options);
  }

  /**
   * Create role
   *
   * Create a new role.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 409: Role with this id already exists.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  createRole(
    input: OperationInput<'createRole'>,
    options?: CallOptions<OperationOutput<'createRole'>>,
  ): Promise<OperationOutput<'createRole'>> {
    return this.invoke('createRole', input, options);
  }

  /**
   * Create tenant
   *
   * Creates a new tenant.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Not found. The resource was not found.
   * @throws HttpError with status 409: Tenant with this id already exists.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  createTenant(
    input: OperationInput<'createTenant'>,
    options?: CallOptions<OperationOutput<'createTenant'>>,
  ): Promise<OperationOutput<'createTenant'>> {
    return this.invoke('createTenant', input, options);
  }

  /**
   * Create a tenant-scoped cluster variable
   *
   * Create a new cluster variable for the given tenant.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The tenant with the given ID was not found.
   * @throws HttpError with status 409: A cluster variable with this name already exists for the given tenant.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  createTenantClusterVariable(
    input: OperationInput<'createTenantClusterVariable'>,
    options?: CallOptions<OperationOutput<'createTenantClusterVariable'>>,
  ): Promise<OperationOutput<'createTenantClusterVariable'>> {
    return this.invoke('createTenantClusterVariable', input, options);
  }

  /**
   * Create user
   *
   * Create a new user.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 409: A user with this username already exists.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  createUser(
    input: OperationInput<'createUser'>,
    options?: CallOptions<OperationOutput<'createUser'>>,
  ): Promise<OperationOutput<'createUser'>> {
    return this.invoke('createUser', input, options);
  }

  /**
   * Delete authorization
   *
   * Deletes the authorization with the given key.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 404: The authorization with the authorizationKey was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  deleteAuthorization(
    input: OperationInput<'deleteAuthorization'>,
    options?: CallOptions<OperationOutput<'deleteAuthorization'>>,
  ): Promise<OperationOutput<'deleteAuthorization'>> {
    return this.invoke('deleteAuthorization', input, options);
  }

  /**
   * Delete decision instance
   *
   * Delete all associated decision evaluations based on provided key.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The decision instance is not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  deleteDecisionInstance(
    input: OperationInput<'deleteDecisionInstance'>,
    options?: CallOptions<OperationOutput<'deleteDecisionInstance'>>,
  ): Promise<OperationOutput<'deleteDecisionInstance'>> {
    return this.invoke('deleteDecisionInstance', input, options);
  }

  /**
   * Delete decision instances (batch)
   *
   * Delete multiple decision instances. This will delete the historic data from secondary storage.
   * This is done asynchronously, the progress can be tracked using the batchOperationKey from the response and the batch operation status endpoint (/batch-operations/{batchOperationKey}).
   *
   * @throws HttpError with status 400: The decision instance batch operation failed. More details are
   * provided in the response body.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  deleteDecisionInstancesBatchOperation(
    input: OperationInput<'deleteDecisionInstancesBatchOperation'>,
    options?: CallOptions<OperationOutput<'deleteDecisionInstancesBatchOperation'>>,
  ): Promise<OperationOutput<'deleteDecisionInstancesBatchOperation'>> {
    return this.invoke('deleteDecisionInstancesBatchOperation', input, options);
  }

  /**
   * Delete document
   *
   * Delete a document from the Camunda 8 cluster.
   *
   * Note that this is currently supported for document stores of type: AWS, Azure, GCP, in-memory (non-production), local (non-production)
   *
   * @throws HttpError with status 404: The document with the given ID was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  deleteDocument(
    input: OperationInput<'deleteDocument'>,
    options?: CallOptions<OperationOutput<'deleteDocument'>>,
  ): Promise<OperationOutput<'deleteDocument'>> {
    return this.invoke('deleteDocument', input, options);
  }

  /**
   * Delete a global-scoped cluster variable
   *
   * Delete a global-scoped cluster variable.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Cluster variable not found
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  deleteGlobalClusterVariable(
    input: OperationInput<'deleteGlobalClusterVariable'>,
    options?: CallOptions<OperationOutput<'deleteGlobalClusterVariable'>>,
  ): Promise<OperationOutput<'deleteGlobalClusterVariable'>> {
    return this.invoke('deleteGlobalClusterVariable', input, options);
  }

  /**
   * Delete global user task listener
   *
   * Deletes a global user task listener.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The global user task listener was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  deleteGlobalTaskListener(
    input: OperationInput<'deleteGlobalTaskListener'>,
    options?: CallOptions<OperationOutput<'deleteGlobalTaskListener'>>,
  ): Promise<OperationOutput<'deleteGlobalTaskListener'>> {
    return this.invoke('deleteGlobalTaskListener', input, options);
  }

  /**
   * Delete group
   *
   * Deletes the group with the given ID.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 404: The group with the given ID was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  deleteGroup(
    input: OperationInput<'deleteGroup'>,
    options?: CallOptions<OperationOutput<'deleteGroup'>>,
  ): Promise<OperationOutput<'deleteGroup'>> {
    return this.invoke('deleteGroup', input, options);
  }

  /**
   * Delete history backup
   *
   * Deletes the history backup with the given id, by deleting every snapshot that makes it
   * up.
   *
   * Only available on clusters whose secondary storage is Elasticsearch or OpenSearch.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: The request is forbidden for one of three reasons: the authenticated
   * caller lacks the required `BACKUP` permission; the cluster's secondary storage is neither Elasticsearch
   * nor OpenSearch and therefore cannot serve history backups; or the physical tenant's snapshot repository
   * is absent from the store — configured under a name the store does not have, or not configured at all. The
   * problem detail says which applies. The latter two are deployment faults the caller cannot correct by
   * changing its request.
   * @throws HttpError with status 404: A backup with the given id does not exist.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  deleteHistoryBackup(
    input: OperationInput<'deleteHistoryBackup'>,
    options?: CallOptions<OperationOutput<'deleteHistoryBackup'>>,
  ): Promise<OperationOutput<'deleteHistoryBackup'>> {
    return this.invoke('deleteHistoryBackup', input, options);
  }

  /**
   * Delete a history backup across physical tenants
   *
   * Deletes the history backup with the given id from every physical tenant of the cluster, or from the one named by `physicalTenantId`. A tenant that does not hold the backup has already reached the requested end state, so it counts as deleted rather than as a failure.
   *
   * The request is all-or-nothing: a physical tenant the backup cannot be deleted from fails the whole request, and the deletions that already succeeded on other tenants are not undone. Narrow the request with `physicalTenantId` to delete from the tenants that can still be reached.
   *
   * Requires the cluster-admin security chain. Although this operation lists `bearerAuth` / `basicAuth` like the rest of the Orchestration Cluster API, it does not accept an Orchestration Cluster user's credentials — only the separate cluster-admin credentials are valid here. Only available on clusters whose secondary storage is Elasticsearch or OpenSearch. Use `DELETE /v2/backups/history/{backupId}` to act as a single physical tenant.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: The cluster's secondary storage cannot serve history backups, or a
   * targeted physical tenant's snapshot repository is absent from the store. Unlike the per-physical-tenant
   * backup endpoints, the cluster-admin surface performs no fine-grained authorization, so a missing `BACKUP`
   * permission is never the reason. Deletion fans out with no preceding check, so an absent repository is
   * found only once that tenant is reached, by which time the backup may already be deleted from the others;
   * those deletions are not undone. Narrow the request with `physicalTenantId` to work with the tenants whose
   * repository is usable.
   * @throws HttpError with status 404: The requested `physicalTenantId` does not exist in this cluster, or
   * every targeted physical tenant was reached and none of them holds a backup with the given id.
   * @throws HttpError with status 500: The backup could not be deleted from every targeted physical tenant,
   * because one of them hit an internal error, so it may still exist on some of them. The deletions that
   * already succeeded are not undone, so a retry has only the remaining tenants left to reach.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  deleteHistoryBackupAsClusterAdmin(
    input: OperationInput<'deleteHistoryBackupAsClusterAdmin'>,
    options?: CallOptions<OperationOutput<'deleteHistoryBackupAsClusterAdmin'>>,
  ): Promise<OperationOutput<'deleteHistoryBackupAsClusterAdmin'>> {
    return this.invoke('deleteHistoryBackupAsClusterAdmin', input, options);
  }

  /**
   * Delete a mapping rule
   *
   * Deletes the mapping rule with the given ID.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 404: The mapping rule with the mappingRuleId was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  deleteMappingRule(
    input: OperationInput<'deleteMappingRule'>,
    options?: CallOptions<OperationOutput<'deleteMappingRule'>>,
  ): Promise<OperationOutput<'deleteMappingRule'>> {
    return this.invoke('deleteMappingRule', input, options);
  }

  /**
   * Delete process instance
   *
   * Deletes a process instance. Only instances that are completed or terminated can be deleted.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The process instance is not found.
   * @throws HttpError with status 409: The process instance is not in a completed or terminated state and
   * cannot be deleted.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  deleteProcessInstance(
    input: OperationInput<'deleteProcessInstance'>,
    options?: CallOptions<OperationOutput<'deleteProcessInstance'>>,
  ): Promise<OperationOutput<'deleteProcessInstance'>> {
    return this.invoke('deleteProcessInstance', input, options);
  }

  /**
   * Delete process instances (batch)
   *
   * Delete multiple process instances. This will delete the historic data from secondary storage.
   * Only process instances in a final state (COMPLETED or TERMINATED) can be deleted.
   * This is done asynchronously, the progress can be tracked using the batchOperationKey from the response and the batch operation status endpoint (/batch-operations/{batchOperationKey}).
   *
   * @throws HttpError with status 400: The process instance batch operation failed. More details are provided
   * in the response body.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  deleteProcessInstancesBatchOperation(
    input: OperationInput<'deleteProcessInstancesBatchOperation'>,
    options?: CallOptions<OperationOutput<'deleteProcessInstancesBatchOperation'>>,
  ): Promise<OperationOutput<'deleteProcessInstancesBatchOperation'>> {
    return this.invoke('deleteProcessInstancesBatchOperation', input, options);
  }

  /**
   * Delete resource
   *
   * Deletes a deployed resource. This can be a process definition, decision requirements
   * definition, or form definition deployed using the deploy resources endpoint. Specify the
   * resource you want to delete in the `resourceKey` parameter.
   *
   * Once a resource has been deleted it cannot be recovered. If the resource needs to be
   * available again, a new deployment of the resource is required.
   *
   * By default, only the resource itself is deleted from the runtime state. To also delete the
   * historic data associated with a resource, set the `deleteHistory` flag in the request body
   * to `true`. History deletion is supported for process definitions and decision requirements
   * definitions; for other resource types (forms, generic resources) the flag is ignored and no
   * history is deleted.
   *
   * The two supported types differ in how the history is removed. For a decision requirements
   * definition the history is deleted asynchronously via a batch operation whose details are
   * returned in the `batchOperation` field of the response. For a process definition the
   * definition first drains its running instances and its history is deleted asynchronously once
   * the definition is fully removed cluster-wide; no batch operation is returned in the response.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 404: The resource is not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  deleteResource(
    input: OperationInput<'deleteResource'>,
    options?: CallOptions<OperationOutput<'deleteResource'>>,
  ): Promise<OperationOutput<'deleteResource'>> {
    return this.invoke('deleteResource', input, options);
  }

  /**
   * Delete role
   *
   * Deletes the role with the given ID.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 404: The role with the ID was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  deleteRole(
    input: OperationInput<'deleteRole'>,
    options?: CallOptions<OperationOutput<'deleteRole'>>,
  ): Promise<OperationOutput<'deleteRole'>> {
    return this.invoke('deleteRole', input, options);
  }

  /**
   * Delete runtime backup
   *
   * Deletes the runtime backup with the given id.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  deleteRuntimeBackup(
    input: OperationInput<'deleteRuntimeBackup'>,
    options?: CallOptions<OperationOutput<'deleteRuntimeBackup'>>,
  ): Promise<OperationOutput<'deleteRuntimeBackup'>> {
    return this.invoke('deleteRuntimeBackup', input, options);
  }

  /**
   * Delete a runtime backup across physical tenants
   *
   * Deletes the runtime backup with the given id from every physical tenant of the cluster, or from the one named by `physicalTenantId`. A tenant that does not hold the backup has already reached the requested end state, so it counts as deleted rather than as a failure — the same as deleting an unknown backup id through the per-physical-tenant endpoint.
   *
   * The request is all-or-nothing: a physical tenant the backup cannot be deleted from fails the whole request, and the deletions that already succeeded on other tenants are not undone. Narrow the request with `physicalTenantId` to delete from the tenants that can still be reached.
   *
   * Requires the cluster-admin security chain. Although this operation lists `bearerAuth` / `basicAuth` like the rest of the Orchestration Cluster API, it does not accept an Orchestration Cluster user's credentials — only the separate cluster-admin credentials are valid here. Use `DELETE /v2/backups/runtime/{backupId}` to act as a single physical tenant.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 404: The requested `physicalTenantId` does not exist in this cluster.
   * @throws HttpError with status 500: The backup could not be deleted from every targeted physical tenant,
   * so it may still exist on some of them. The deletions that already succeeded are not undone, so a retry
   * has only the remaining tenants left to reach.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  deleteRuntimeBackupAsClusterAdmin(
    input: OperationInput<'deleteRuntimeBackupAsClusterAdmin'>,
    options?: CallOptions<OperationOutput<'deleteRuntimeBackupAsClusterAdmin'>>,
  ): Promise<OperationOutput<'deleteRuntimeBackupAsClusterAdmin'>> {
    return this.invoke('deleteRuntimeBackupAsClusterAdmin', input, options);
  }

  /**
   * Delete runtime backup state
   *
   * Resets the runtime backup state of every partition of the physical tenant, clearing
   * all checkpoint info, backup info, checkpoint metadata, and backup ranges. Used when
   * switching backup stores.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  deleteRuntimeBackupState(
    input?: OperationInput<'deleteRuntimeBackupState'>,
    options?: CallOptions<OperationOutput<'deleteRuntimeBackupState'>>,
  ): Promise<OperationOutput<'deleteRuntimeBackupState'>> {
    return this.invoke('deleteRuntimeBackupState', input, options);
  }

  /**
   * Delete runtime backup state across physical tenants
   *
   * Resets the runtime backup state of every partition of every physical tenant of the cluster, or of the one named by `physicalTenantId`, clearing all checkpoint info, backup info, checkpoint metadata, and backup ranges. Used when switching backup stores.
   *
   * The request is all-or-nothing: a physical tenant whose state cannot be reset fails the whole request, and the resets that already succeeded on other tenants are not undone. Narrow the request with `physicalTenantId` to reset the tenants that can still be reached.
   *
   * Requires the cluster-admin security chain. Although this operation lists `bearerAuth` / `basicAuth` like the rest of the Orchestration Cluster API, it does not accept an Orchestration Cluster user's credentials — only the separate cluster-admin credentials are valid here. Use `DELETE /v2/backups/runtime/state` to act as a single physical tenant.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 404: The requested `physicalTenantId` does not exist in this cluster.
   * @throws HttpError with status 500: The state could not be reset on every targeted physical tenant, so it
   * may still be set on some of them. The resets that already succeeded are not undone, so a retry has only
   * the remaining tenants left to reach.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  deleteRuntimeBackupStateAsClusterAdmin(
    input?: OperationInput<'deleteRuntimeBackupStateAsClusterAdmin'>,
    options?: CallOptions<OperationOutput<'deleteRuntimeBackupStateAsClusterAdmin'>>,
  ): Promise<OperationOutput<'deleteRuntimeBackupStateAsClusterAdmin'>> {
    return this.invoke('deleteRuntimeBackupStateAsClusterAdmin', input, options);
  }

  /**
   * Delete tenant
   *
   * Deletes an existing tenant.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Not found. The tenant was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  deleteTenant(
    input: OperationInput<'deleteTenant'>,
    options?: CallOptions<OperationOutput<'deleteTenant'>>,
  ): Promise<OperationOutput<'deleteTenant'>> {
    return this.invoke('deleteTenant', input, options);
  }

  /**
   * Delete a tenant-scoped cluster variable
   *
   * Delete a tenant-scoped cluster variable.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Cluster variable not found
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  deleteTenantClusterVariable(
    input: OperationInput<'deleteTenantClusterVariable'>,
    options?: CallOptions<OperationOutput<'deleteTenantClusterVariable'>>,
  ): Promise<OperationOutput<'deleteTenantClusterVariable'>> {
    return this.invoke('deleteTenantClusterVariable', input, options);
  }

  /**
   * Delete user
   *
   * Deletes a user.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 404: The user is not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  deleteUser(
    input: OperationInput<'deleteUser'>,
    options?: CallOptions<OperationOutput<'deleteUser'>>,
  ): Promise<OperationOutput<'deleteUser'>> {
    return this.invoke('deleteUser', input, options);
  }

  /**
   * Evaluate root level conditional start events
   *
   * Evaluates root-level conditional start events for process definitions.
   * If the evaluation is successful, it will return the keys of all created process instances, along with their associated process definition key.
   * Multiple root-level conditional start events of the same process definition can trigger if their conditions evaluate to true.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: The client is not authorized to start process instances for the
   * specified process definition. If a processDefinitionKey is not provided, this indicates that the client
   * is not authorized to start process instances for at least one of the matched process definitions.
   * @throws HttpError with status 404: The process definition was not found for the given
   * processDefinitionKey.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  evaluateConditionals(
    input: OperationInput<'evaluateConditionals'>,
    options?: CallOptions<OperationOutput<'evaluateConditionals'>>,
  ): Promise<OperationOutput<'evaluateConditionals'>> {
    return this.invoke('evaluateConditionals', input, options);
  }

  /**
   * Evaluate decision
   *
   * Evaluates a decision.
   * You specify the decision to evaluate either by using its unique key (as returned by
   * DeployResource), or using the decision ID. When using the decision ID, the latest deployed
   * version of the decision is used.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 404: The decision is not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  evaluateDecision(
    input: OperationInput<'evaluateDecision'>,
    options?: CallOptions<OperationOutput<'evaluateDecision'>>,
  ): Promise<OperationOutput<'evaluateDecision'>> {
    return this.invoke('evaluateDecision', input, options);
  }

  /**
   * Evaluate an expression
   *
   * Evaluates a FEEL expression and returns the result. Supports references to tenant scoped
   * cluster variables when a tenant ID is provided. Optionally, provide a `scopeKey` to make the
   * variables of a specific process instance or element instance visible while evaluating the
   * expression.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  evaluateExpression(
    input: OperationInput<'evaluateExpression'>,
    options?: CallOptions<OperationOutput<'evaluateExpression'>>,
  ): Promise<OperationOutput<'evaluateExpression'>> {
    return this.invoke('evaluateExpression', input, options);
  }

  /**
   * Fail job
   *
   * Mark the job as failed.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 404: The job with the given jobKey is not found. It was completed by
   * another worker, or the process instance itself was canceled.
   * @throws HttpError with status 409: The job with the given key is in the wrong state (i.e: not ACTIVATED
   * or ACTIVATABLE). The job was failed by another worker with retries = 0, and the process is now in an
   * incident state.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  failJob(
    input: OperationInput<'failJob'>,
    options?: CallOptions<OperationOutput<'failJob'>>,
  ): Promise<OperationOutput<'failJob'>> {
    return this.invoke('failJob', input, options);
  }

  /**
   * Get agent definition
   *
   * Returns an agent definition by key.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The agent definition with the given key was not found. More details
   * are provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getAgentDefinition(
    input: OperationInput<'getAgentDefinition'>,
    options?: CallOptions<OperationOutput<'getAgentDefinition'>>,
  ): Promise<OperationOutput<'getAgentDefinition'>> {
    return this.invoke('getAgentDefinition', input, options);
  }

  /**
   * Get agent instance
   *
   * Returns agent instance as JSON.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The agent instance with the given key was not found. More details are
   * provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  getAgentInstance(
    input: OperationInput<'getAgentInstance'>,
    options?: CallOptions<OperationOutput<'getAgentInstance'>>,
  ): Promise<OperationOutput<'getAgentInstance'>> {
    return this.invoke('getAgentInstance', input, options);
  }

  /**
   * Get audit log
   *
   * Get an audit log entry by auditLogKey.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The audit log with the given key was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getAuditLog(
    input: OperationInput<'getAuditLog'>,
    options?: CallOptions<OperationOutput<'getAuditLog'>>,
  ): Promise<OperationOutput<'getAuditLog'>> {
    return this.invoke('getAuditLog', input, options);
  }

  /**
   * Get current user
   *
   * Retrieves the current authenticated user.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getAuthentication(
    input?: OperationInput<'getAuthentication'>,
    options?: CallOptions<OperationOutput<'getAuthentication'>>,
  ): Promise<OperationOutput<'getAuthentication'>> {
    return this.invoke('getAuthentication', input, options);
  }

  /**
   * Get authorization
   *
   * Get authorization by the given key.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The authorization with the given key was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getAuthorization(
    input: OperationInput<'getAuthorization'>,
    options?: CallOptions<OperationOutput<'getAuthorization'>>,
  ): Promise<OperationOutput<'getAuthorization'>> {
    return this.invoke('getAuthorization', input, options);
  }

  /**
   * Get batch operation
   *
   * Get batch operation by key.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 404: The batch operation is not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getBatchOperation(
    input: OperationInput<'getBatchOperation'>,
    options?: CallOptions<OperationOutput<'getBatchOperation'>>,
  ): Promise<OperationOutput<'getBatchOperation'>> {
    return this.invoke('getBatchOperation', input, options);
  }

  /**
   * Get exporting status of the whole cluster
   *
   * Returns the exporting status of the whole cluster, folded over the exporting status of every physical tenant. Only `PAUSED` and `SOFT_PAUSED` confirm that exporting is paused cluster-wide; every other value means at least one physical tenant is not paused, so callers should keep polling. A physical tenant that itself reports `MIXED` makes the whole cluster `MIXED`.
   *
   * Requires the cluster-admin security chain. Although this operation lists `bearerAuth` / `basicAuth` like the rest of the Orchestration Cluster API, it does not accept an Orchestration Cluster user's credentials — only the separate cluster-admin credentials are valid here.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  getClusterExportingStatus(
    input?: OperationInput<'getClusterExportingStatus'>,
    options?: CallOptions<OperationOutput<'getClusterExportingStatus'>>,
  ): Promise<OperationOutput<'getClusterExportingStatus'>> {
    return this.invoke('getClusterExportingStatus', input, options);
  }

  /**
   * Get the status of the whole cluster
   *
   * Checks the health status of the whole cluster, aggregated over all physical tenants. Returns `HEALTHY` when every physical tenant is healthy, `DOWN` when no physical tenant can process work, and `DEGRADED` in every other case. No per-tenant detail is reported; use `GET /cluster/v2/topology` for that.
   *
   * This endpoint is public and requires no authentication, unlike `PATCH /cluster/v2/mode` below, which needs cluster-admin credentials.
   *
   * @throws HttpError with status 503: The cluster is DOWN because no physical tenant can process work.
   */
  getClusterStatus(
    input?: OperationInput<'getClusterStatus'>,
    options?: CallOptions<OperationOutput<'getClusterStatus'>>,
  ): Promise<OperationOutput<'getClusterStatus'>> {
    return this.invoke('getClusterStatus', input, options);
  }

  /**
   * Get the topology of the whole cluster
   *
   * Obtains the topology of the whole cluster, aggregated over all physical tenants. Cluster-level information is reported once; partition layout, replication and per-partition role, health and state are reported per physical tenant.
   *
   * Requires the cluster-admin security chain. Although this operation lists `bearerAuth` / `basicAuth` like the rest of the Orchestration Cluster API, it does not accept an Orchestration Cluster user's credentials — only the separate cluster-admin credentials are valid here. Use `GET /v2/topology` for the topology of a single physical tenant.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getClusterTopology(
    input?: OperationInput<'getClusterTopology'>,
    options?: CallOptions<OperationOutput<'getClusterTopology'>>,
  ): Promise<OperationOutput<'getClusterTopology'>> {
    return this.invoke('getClusterTopology', input, options);
  }

  /**
   * Get decision definition
   *
   * Returns a decision definition by key.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The decision definition with the given key was not found. More details
   * are provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getDecisionDefinition(
    input: OperationInput<'getDecisionDefinition'>,
    options?: CallOptions<OperationOutput<'getDecisionDefinition'>>,
  ): Promise<OperationOutput<'getDecisionDefinition'>> {
    return this.invoke('getDecisionDefinition', input, options);
  }

  /**
   * Get decision definition XML
   *
   * Returns decision definition as XML.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The decision definition with the given key was not found. More details
   * are provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getDecisionDefinitionXML(
    input: OperationInput<'getDecisionDefinitionXML'>,
    options?: CallOptions<OperationOutput<'getDecisionDefinitionXML'>>,
  ): Promise<OperationOutput<'getDecisionDefinitionXML'>> {
    return this.invoke('getDecisionDefinitionXML', input, options);
  }

  /**
   * Get decision instance
   *
   * Returns a decision instance.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The decision instance with the given key was not found. More details
   * are provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getDecisionInstance(
    input: OperationInput<'getDecisionInstance'>,
    options?: CallOptions<OperationOutput<'getDecisionInstance'>>,
  ): Promise<OperationOutput<'getDecisionInstance'>> {
    return this.invoke('getDecisionInstance', input, options);
  }

  /**
   * Get decision requirements
   *
   * Returns Decision Requirements as JSON.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The decision requirements with the given key was not found. More
   * details are provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getDecisionRequirements(
    input: OperationInput<'getDecisionRequirements'>,
    options?: CallOptions<OperationOutput<'getDecisionRequirements'>>,
  ): Promise<OperationOutput<'getDecisionRequirements'>> {
    return this.invoke('getDecisionRequirements', input, options);
  }

  /**
   * Get decision requirements XML
   *
   * Returns decision requirements as XML.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The decision requirements with the given key was not found. More
   * details are provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getDecisionRequirementsXML(
    input: OperationInput<'getDecisionRequirementsXML'>,
    options?: CallOptions<OperationOutput<'getDecisionRequirementsXML'>>,
  ): Promise<OperationOutput<'getDecisionRequirementsXML'>> {
    return this.invoke('getDecisionRequirementsXML', input, options);
  }

  /**
   * Download document
   *
   * Download a document from the Camunda 8 cluster.
   *
   * Note that this is currently supported for document stores of type: AWS, Azure, GCP, in-memory (non-production), local (non-production)
   *
   * @throws HttpError with status 404: The document with the given ID was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getDocument(
    input: OperationInput<'getDocument'>,
    options?: CallOptions<OperationOutput<'getDocument'>>,
  ): Promise<OperationOutput<'getDocument'>> {
    return this.invoke('getDocument', input, options);
  }

  /**
   * Get element instance
   *
   * Returns element instance as JSON.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The element instance with the given key was not found. More details
   * are provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getElementInstance(
    input: OperationInput<'getElementInstance'>,
    options?: CallOptions<OperationOutput<'getElementInstance'>>,
  ): Promise<OperationOutput<'getElementInstance'>> {
    return this.invoke('getElementInstance', input, options);
  }

  /**
   * Get exporting status
   *
   * Returns the exporting status of the physical tenant, aggregated over every replica of
   * every one of its partitions.
   *
   * Because pause and resume are applied to all replicas, the status is only a single phase
   * if every replica reports that phase; otherwise it is `MIXED`, which means a pause or
   * resume is still in flight or was only partially applied. Backup tooling should treat
   * only `PAUSED` and `SOFT_PAUSED` as confirmation that exporting is paused.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  getExportingStatus(
    input?: OperationInput<'getExportingStatus'>,
    options?: CallOptions<OperationOutput<'getExportingStatus'>>,
  ): Promise<OperationOutput<'getExportingStatus'>> {
    return this.invoke('getExportingStatus', input, options);
  }

  /**
   * Get form by key
   *
   * Get a form by its unique form key.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The form with the given key was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getFormByKey(
    input: OperationInput<'getFormByKey'>,
    options?: CallOptions<OperationOutput<'getFormByKey'>>,
  ): Promise<OperationOutput<'getFormByKey'>> {
    return this.invoke('getFormByKey', input, options);
  }

  /**
   * Get a global-scoped cluster variable
   *
   * Get a global-scoped cluster variable.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Cluster variable not found
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getGlobalClusterVariable(
    input: OperationInput<'getGlobalClusterVariable'>,
    options?: CallOptions<OperationOutput<'getGlobalClusterVariable'>>,
  ): Promise<OperationOutput<'getGlobalClusterVariable'>> {
    return this.invoke('getGlobalClusterVariable', input, options);
  }

  /**
   * Global job statistics
   *
   * Returns global aggregated counts for jobs. Filter by the creation time window (required) and optionally by jobType.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getGlobalJobStatistics(
    input: OperationInput<'getGlobalJobStatistics'>,
    options?: CallOptions<OperationOutput<'getGlobalJobStatistics'>>,
  ): Promise<OperationOutput<'getGlobalJobStatistics'>> {
    return this.invoke('getGlobalJobStatistics', input, options);
  }

  /**
   * Get global user task listener
   *
   * Get a global user task listener by its id.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The global user task listener with the given id was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getGlobalTaskListener(
    input: OperationInput<'getGlobalTaskListener'>,
    options?: CallOptions<OperationOutput<'getGlobalTaskListener'>>,
  ): Promise<OperationOutput<'getGlobalTaskListener'>> {
    return this.invoke('getGlobalTaskListener', input, options);
  }

  /**
   * Get group
   *
   * Get a group by its ID.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The group with the given ID was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getGroup(
    input: OperationInput<'getGroup'>,
    options?: CallOptions<OperationOutput<'getGroup'>>,
  ): Promise<OperationOutput<'getGroup'>> {
    return this.invoke('getGroup', input, options);
  }

  /**
   * Get history backup
   *
   * Returns detailed status of the history backup with the given id.
   *
   * Only available on clusters whose secondary storage is Elasticsearch or OpenSearch.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: The request is forbidden for one of three reasons: the authenticated
   * caller lacks the required `BACKUP` permission; the cluster's secondary storage is neither Elasticsearch
   * nor OpenSearch and therefore cannot serve history backups; or the physical tenant's snapshot repository
   * is absent from the store — configured under a name the store does not have, or not configured at all. The
   * problem detail says which applies. The latter two are deployment faults the caller cannot correct by
   * changing its request.
   * @throws HttpError with status 404: A backup with the given id does not exist.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  getHistoryBackup(
    input: OperationInput<'getHistoryBackup'>,
    options?: CallOptions<OperationOutput<'getHistoryBackup'>>,
  ): Promise<OperationOutput<'getHistoryBackup'>> {
    return this.invoke('getHistoryBackup', input, options);
  }

  /**
   * Get a history backup across physical tenants
   *
   * Reports what every physical tenant of the cluster, or the one named by `physicalTenantId`, holds for the given backup id. There is no aggregated cluster-level state: a tenant that was reached and does not hold this backup reports `NOT_FOUND`, which is a successful observation rather than a failure.
   *
   * The request is all-or-nothing: a physical tenant whose state cannot be read fails the whole request. Narrow the request with `physicalTenantId` to read the tenants that can still be reached.
   *
   * Requires the cluster-admin security chain. Although this operation lists `bearerAuth` / `basicAuth` like the rest of the Orchestration Cluster API, it does not accept an Orchestration Cluster user's credentials — only the separate cluster-admin credentials are valid here. Only available on clusters whose secondary storage is Elasticsearch or OpenSearch. Use `GET /v2/backups/history/{backupId}` to act as a single physical tenant.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: The cluster's secondary storage is neither Elasticsearch nor
   * OpenSearch and therefore cannot serve history backups, or a targeted physical tenant's snapshot
   * repository is absent from the store — configured under a name the store does not have, or not configured
   * at all. Both are deployment faults the caller cannot correct by changing its request; narrow the request
   * with `physicalTenantId` to work with the tenants whose repository is usable. Unlike the
   * per-physical-tenant backup endpoints, the cluster-admin surface performs no fine-grained authorization,
   * so a missing `BACKUP` permission is never the reason.
   * @throws HttpError with status 404: The requested `physicalTenantId` does not exist in this cluster, or
   * every targeted physical tenant was read and none of them holds a backup with the given id.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  getHistoryBackupAsClusterAdmin(
    input: OperationInput<'getHistoryBackupAsClusterAdmin'>,
    options?: CallOptions<OperationOutput<'getHistoryBackupAsClusterAdmin'>>,
  ): Promise<OperationOutput<'getHistoryBackupAsClusterAdmin'>> {
    return this.invoke('getHistoryBackupAsClusterAdmin', input, options);
  }

  /**
   * Get incident
   *
   * Returns incident as JSON.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The incident with the given key was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getIncident(
    input: OperationInput<'getIncident'>,
    options?: CallOptions<OperationOutput<'getIncident'>>,
  ): Promise<OperationOutput<'getIncident'>> {
    return this.invoke('getIncident', input, options);
  }

  /**
   * Get error metrics for a job type
   *
   * Returns aggregated metrics per error for the given jobType.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getJobErrorStatistics(
    input: OperationInput<'getJobErrorStatistics'>,
    options?: CallOptions<OperationOutput<'getJobErrorStatistics'>>,
  ): Promise<OperationOutput<'getJobErrorStatistics'>> {
    return this.invoke('getJobErrorStatistics', input, options);
  }

  /**
   * Get time-series metrics for a job type
   *
   * Returns a list of time-bucketed metrics ordered ascending by time.
   * The `from` and `to` fields select the time window of interest.
   * Each item in the response corresponds to one time bucket of the requested resolution.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getJobTimeSeriesStatistics(
    input: OperationInput<'getJobTimeSeriesStatistics'>,
    options?: CallOptions<OperationOutput<'getJobTimeSeriesStatistics'>>,
  ): Promise<OperationOutput<'getJobTimeSeriesStatistics'>> {
    return this.invoke('getJobTimeSeriesStatistics', input, options);
  }

  /**
   * Get job statistics by type
   *
   * Get statistics about jobs, grouped by job type.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getJobTypeStatistics(
    input?: OperationInput<'getJobTypeStatistics'>,
    options?: CallOptions<OperationOutput<'getJobTypeStatistics'>>,
  ): Promise<OperationOutput<'getJobTypeStatistics'>> {
    return this.invoke('getJobTypeStatistics', input, options);
  }

  /**
   * Get job statistics by worker
   *
   * Get statistics about jobs, grouped by worker, for a given job type.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getJobWorkerStatistics(
    input: OperationInput<'getJobWorkerStatistics'>,
    options?: CallOptions<OperationOutput<'getJobWorkerStatistics'>>,
  ): Promise<OperationOutput<'getJobWorkerStatistics'>> {
    return this.invoke('getJobWorkerStatistics', input, options);
  }

  /**
   * Get license status
   *
   * Obtains the status of the current Camunda license.
   *
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getLicense(
    input?: OperationInput<'getLicense'>,
    options?: CallOptions<OperationOutput<'getLicense'>>,
  ): Promise<OperationOutput<'getLicense'>> {
    return this.invoke('getLicense', input, options);
  }

  /**
   * Get a mapping rule
   *
   * Gets the mapping rule with the given ID.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 404: The mapping rule with the mappingRuleId was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getMappingRule(
    input: OperationInput<'getMappingRule'>,
    options?: CallOptions<OperationOutput<'getMappingRule'>>,
  ): Promise<OperationOutput<'getMappingRule'>> {
    return this.invoke('getMappingRule', input, options);
  }

  /**
   * Get process definition
   *
   * Returns process definition as JSON.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The process definition with the given key was not found. More details
   * are provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getProcessDefinition(
    input: OperationInput<'getProcessDefinition'>,
    options?: CallOptions<OperationOutput<'getProcessDefinition'>>,
  ): Promise<OperationOutput<'getProcessDefinition'>> {
    return this.invoke('getProcessDefinition', input, options);
  }

  /**
   * Get process instance statistics
   *
   * Get statistics about process instances, grouped by process definition and tenant.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getProcessDefinitionInstanceStatistics(
    input?: OperationInput<'getProcessDefinitionInstanceStatistics'>,
    options?: CallOptions<OperationOutput<'getProcessDefinitionInstanceStatistics'>>,
  ): Promise<OperationOutput<'getProcessDefinitionInstanceStatistics'>> {
    return this.invoke('getProcessDefinitionInstanceStatistics', input, options);
  }

  /**
   * Get process instance statistics by version
   *
   * Get statistics about process instances, grouped by version for a given process definition.
   * The process definition ID must be provided as a required field in the request body filter.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getProcessDefinitionInstanceVersionStatistics(
    input: OperationInput<'getProcessDefinitionInstanceVersionStatistics'>,
    options?: CallOptions<OperationOutput<'getProcessDefinitionInstanceVersionStatistics'>>,
  ): Promise<OperationOutput<'getProcessDefinitionInstanceVersionStatistics'>> {
    return this.invoke('getProcessDefinitionInstanceVersionStatistics', input, options);
  }

  /**
   * Get message subscription statistics
   *
   * Get message subscription statistics, grouped by process definition.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getProcessDefinitionMessageSubscriptionStatistics(
    input?: OperationInput<'getProcessDefinitionMessageSubscriptionStatistics'>,
    options?: CallOptions<OperationOutput<'getProcessDefinitionMessageSubscriptionStatistics'>>,
  ): Promise<OperationOutput<'getProcessDefinitionMessageSubscriptionStatistics'>> {
    return this.invoke('getProcessDefinitionMessageSubscriptionStatistics', input, options);
  }

  /**
   * Get process definition statistics
   *
   * Get statistics about elements in currently running process instances by process definition key and search filter.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getProcessDefinitionStatistics(
    input: OperationInput<'getProcessDefinitionStatistics'>,
    options?: CallOptions<OperationOutput<'getProcessDefinitionStatistics'>>,
  ): Promise<OperationOutput<'getProcessDefinitionStatistics'>> {
    return this.invoke('getProcessDefinitionStatistics', input, options);
  }

  /**
   * Get process definition XML
   *
   * Returns process definition as XML.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The process definition with the given key was not found. More details
   * are provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getProcessDefinitionXML(
    input: OperationInput<'getProcessDefinitionXML'>,
    options?: CallOptions<OperationOutput<'getProcessDefinitionXML'>>,
  ): Promise<OperationOutput<'getProcessDefinitionXML'>> {
    return this.invoke('getProcessDefinitionXML', input, options);
  }

  /**
   * Get process instance
   *
   * Get the process instance by the process instance key.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The process instance with the given key was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getProcessInstance(
    input: OperationInput<'getProcessInstance'>,
    options?: CallOptions<OperationOutput<'getProcessInstance'>>,
  ): Promise<OperationOutput<'getProcessInstance'>> {
    return this.invoke('getProcessInstance', input, options);
  }

  /**
   * Get call hierarchy
   *
   * Returns the call hierarchy for a given process instance, showing its ancestry up to the root instance.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The process instance is not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getProcessInstanceCallHierarchy(
    input: OperationInput<'getProcessInstanceCallHierarchy'>,
    options?: CallOptions<OperationOutput<'getProcessInstanceCallHierarchy'>>,
  ): Promise<OperationOutput<'getProcessInstanceCallHierarchy'>> {
    return this.invoke('getProcessInstanceCallHierarchy', input, options);
  }

  /**
   * Get sequence flows
   *
   * Get sequence flows taken by the process instance.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getProcessInstanceSequenceFlows(
    input: OperationInput<'getProcessInstanceSequenceFlows'>,
    options?: CallOptions<OperationOutput<'getProcessInstanceSequenceFlows'>>,
  ): Promise<OperationOutput<'getProcessInstanceSequenceFlows'>> {
    return this.invoke('getProcessInstanceSequenceFlows', input, options);
  }

  /**
   * Get element instance statistics
   *
   * Get statistics about elements by the process instance key.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getProcessInstanceStatistics(
    input: OperationInput<'getProcessInstanceStatistics'>,
    options?: CallOptions<OperationOutput<'getProcessInstanceStatistics'>>,
  ): Promise<OperationOutput<'getProcessInstanceStatistics'>> {
    return this.invoke('getProcessInstanceStatistics', input, options);
  }

  /**
   * Get process instance statistics by definition
   *
   * Returns statistics for active process instances with incidents, grouped by process
   * definition. The result set is scoped to a specific incident error hash code, which must be
   * provided as a filter in the request body.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getProcessInstanceStatisticsByDefinition(
    input: OperationInput<'getProcessInstanceStatisticsByDefinition'>,
    options?: CallOptions<OperationOutput<'getProcessInstanceStatisticsByDefinition'>>,
  ): Promise<OperationOutput<'getProcessInstanceStatisticsByDefinition'>> {
    return this.invoke('getProcessInstanceStatisticsByDefinition', input, options);
  }

  /**
   * Get process instance statistics by error
   *
   * Returns statistics for active process instances that currently have active incidents,
   * grouped by incident error hash code.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getProcessInstanceStatisticsByError(
    input?: OperationInput<'getProcessInstanceStatisticsByError'>,
    options?: CallOptions<OperationOutput<'getProcessInstanceStatisticsByError'>>,
  ): Promise<OperationOutput<'getProcessInstanceStatisticsByError'>> {
    return this.invoke('getProcessInstanceStatisticsByError', input, options);
  }

  /**
   * Get wait state statistics
   *
   * Get statistics about waiting element instances by the process instance key, grouped by element id.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getProcessInstanceWaitStateStatistics(
    input: OperationInput<'getProcessInstanceWaitStateStatistics'>,
    options?: CallOptions<OperationOutput<'getProcessInstanceWaitStateStatistics'>>,
  ): Promise<OperationOutput<'getProcessInstanceWaitStateStatistics'>> {
    return this.invoke('getProcessInstanceWaitStateStatistics', input, options);
  }

  /**
   * Get resource
   *
   * Returns a deployed resource.
   * :::info
   * This endpoint does not return BPMN process definitions, DMN decision definitions, or form
   * resources. To query BPMN process definitions or DMN decision definitions, use their
   * respective APIs.
   * :::
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 404: A resource with the given key was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getResource(
    input: OperationInput<'getResource'>,
    options?: CallOptions<OperationOutput<'getResource'>>,
  ): Promise<OperationOutput<'getResource'>> {
    return this.invoke('getResource', input, options);
  }

  /**
   * Get RPA resource content (deprecated)
   *
   * **Deprecated** — use `/resources/{resourceKey}/content/binary` instead, which supports all
   * resource types and returns content as binary (octet-stream).
   *
   * Returns the content of a deployed RPA resource as JSON.
   * :::info
   * This endpoint only supports RPA resources. For generic resource content in binary format,
   * use the `/resources/{resourceKey}/content/binary` endpoint.
   * :::
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 404: A resource with the given key was not found.
   * @throws HttpError with status 406: The resource exists but is not an RPA resource.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @deprecated
   */
  getResourceContent(
    input: OperationInput<'getResourceContent'>,
    options?: CallOptions<OperationOutput<'getResourceContent'>>,
  ): Promise<OperationOutput<'getResourceContent'>> {
    return this.invoke('getResourceContent', input, options);
  }

  /**
   * Get resource content as binary
   *
   * Returns the content of a deployed resource in binary format (octet-stream).
   * :::info
   * This endpoint does not return BPMN process definitions, DMN decision definitions, or form
   * resources. To query BPMN process definitions or DMN decision definitions, use their
   * respective APIs.
   * :::
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 404: A resource with the given key was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getResourceContentBinary(
    input: OperationInput<'getResourceContentBinary'>,
    options?: CallOptions<OperationOutput<'getResourceContentBinary'>>,
  ): Promise<OperationOutput<'getResourceContentBinary'>> {
    return this.invoke('getResourceContentBinary', input, options);
  }

  /**
   * Get the status of the restore that is currently in progress
   *
   * Returns the status of the restore that is currently in progress, reported per broker and per partition. There is at most one restore in flight at any time. Once the restore has finished this endpoint returns 404; the per-partition detail is not retained after completion.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: No restore is currently in progress.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getRestoreStatus(
    input?: OperationInput<'getRestoreStatus'>,
    options?: CallOptions<OperationOutput<'getRestoreStatus'>>,
  ): Promise<OperationOutput<'getRestoreStatus'>> {
    return this.invoke('getRestoreStatus', input, options);
  }

  /**
   * Get role
   *
   * Get a role by its ID.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The role with the given ID was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getRole(
    input: OperationInput<'getRole'>,
    options?: CallOptions<OperationOutput<'getRole'>>,
  ): Promise<OperationOutput<'getRole'>> {
    return this.invoke('getRole', input, options);
  }

  /**
   * Get runtime backup
   *
   * Returns detailed status of the runtime backup with the given id.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: A backup with the given id does not exist.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  getRuntimeBackup(
    input: OperationInput<'getRuntimeBackup'>,
    options?: CallOptions<OperationOutput<'getRuntimeBackup'>>,
  ): Promise<OperationOutput<'getRuntimeBackup'>> {
    return this.invoke('getRuntimeBackup', input, options);
  }

  /**
   * Get a runtime backup across physical tenants
   *
   * Reports what every physical tenant of the cluster, or the one named by `physicalTenantId`, holds for the given backup id, plus the state aggregated over all of them. A tenant that was reached and does not hold this backup reports `DOES_NOT_EXIST`, which is a successful observation rather than a failure — so a backup only some tenants hold aggregates to `INCOMPLETE`, the same way a backup only some partitions hold does within one tenant.
   *
   * The request is all-or-nothing: a physical tenant whose state cannot be read fails the whole request. Narrow the request with `physicalTenantId` to read the tenants that can still be reached.
   *
   * Requires the cluster-admin security chain. Although this operation lists `bearerAuth` / `basicAuth` like the rest of the Orchestration Cluster API, it does not accept an Orchestration Cluster user's credentials — only the separate cluster-admin credentials are valid here. Use `GET /v2/backups/runtime/{backupId}` to act as a single physical tenant.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 404: The requested `physicalTenantId` does not exist in this cluster, or
   * every targeted physical tenant was read and none of them holds a backup with the given id.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  getRuntimeBackupAsClusterAdmin(
    input: OperationInput<'getRuntimeBackupAsClusterAdmin'>,
    options?: CallOptions<OperationOutput<'getRuntimeBackupAsClusterAdmin'>>,
  ): Promise<OperationOutput<'getRuntimeBackupAsClusterAdmin'>> {
    return this.invoke('getRuntimeBackupAsClusterAdmin', input, options);
  }

  /**
   * Get runtime backup state
   *
   * Returns the current checkpoint and backup state of every partition of the physical
   * tenant. Unlike the `backupRuntime` actuator, this fails the whole request if the
   * checkpoint state or the backup ranges cannot be retrieved from any partition, instead
   * of silently returning an empty section.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  getRuntimeBackupState(
    input?: OperationInput<'getRuntimeBackupState'>,
    options?: CallOptions<OperationOutput<'getRuntimeBackupState'>>,
  ): Promise<OperationOutput<'getRuntimeBackupState'>> {
    return this.invoke('getRuntimeBackupState', input, options);
  }

  /**
   * Get runtime backup state across physical tenants
   *
   * Reports the checkpoint and backup state of every partition of every physical tenant of the cluster, or of the one named by `physicalTenantId`, grouped by physical tenant. Checkpoint ids and log positions only mean anything within one physical tenant's partitions, so nothing is aggregated across tenants.
   *
   * The request is all-or-nothing: a physical tenant whose state cannot be read fails the whole request rather than contributing an empty section, which an operator making a delete or restore decision could not tell apart from "nothing to report yet". Narrow the request with `physicalTenantId` to read the tenants that can still be reached.
   *
   * Requires the cluster-admin security chain. Although this operation lists `bearerAuth` / `basicAuth` like the rest of the Orchestration Cluster API, it does not accept an Orchestration Cluster user's credentials — only the separate cluster-admin credentials are valid here. Use `GET /v2/backups/runtime/state` to act as a single physical tenant.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 404: The requested `physicalTenantId` does not exist in this cluster.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  getRuntimeBackupStateAsClusterAdmin(
    input?: OperationInput<'getRuntimeBackupStateAsClusterAdmin'>,
    options?: CallOptions<OperationOutput<'getRuntimeBackupStateAsClusterAdmin'>>,
  ): Promise<OperationOutput<'getRuntimeBackupStateAsClusterAdmin'>> {
    return this.invoke('getRuntimeBackupStateAsClusterAdmin', input, options);
  }

  /**
   * Get process start form
   *
   * Get the start form of a process.
   * Note that this endpoint will only return linked forms. This endpoint does not support embedded forms.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Not found
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getStartProcessForm(
    input: OperationInput<'getStartProcessForm'>,
    options?: CallOptions<OperationOutput<'getStartProcessForm'>>,
  ): Promise<OperationOutput<'getStartProcessForm'>> {
    return this.invoke('getStartProcessForm', input, options);
  }

  /**
   * Get physical tenant status
   *
   * Checks the health status of the default physical tenant by verifying if there's at least one partition of its group with a healthy leader. This endpoint is scoped to the default physical tenant only: it is available unprefixed and at `/physical-tenants/default/v2/status`, but not for any other physical tenant id (`/physical-tenants/{id}/v2/status` returns 404 for every other id, whether or not a physical tenant with that id exists). On a cluster with only the default physical tenant this endpoint answers the same question as `/cluster/v2/status`, though not with the same response: `/cluster/v2/status` reports its status in a body and so also distinguishes a degraded tenant from a healthy one. Use `/cluster/v2/status` for the aggregated status of the whole cluster, or `/physical-tenants/{id}/v2/topology` for the health of a specific physical tenant's partitions.
   *
   * @throws HttpError with status 503: The default physical tenant is DOWN and does not have any partition
   * with a healthy leader.
   */
  getStatus(
    input?: OperationInput<'getStatus'>,
    options?: CallOptions<OperationOutput<'getStatus'>>,
  ): Promise<OperationOutput<'getStatus'>> {
    return this.invoke('getStatus', input, options);
  }

  /**
   * System configuration (alpha)
   *
   * Returns the current system configuration. The response is an envelope
   * that groups settings by feature area.
   *
   * This endpoint is an alpha feature and may be subject to change
   * in future releases.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getSystemConfiguration(
    input?: OperationInput<'getSystemConfiguration'>,
    options?: CallOptions<OperationOutput<'getSystemConfiguration'>>,
  ): Promise<OperationOutput<'getSystemConfiguration'>> {
    return this.invoke('getSystemConfiguration', input, options);
  }

  /**
   * Get tenant
   *
   * Retrieves a single tenant by tenant ID.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Tenant not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getTenant(
    input: OperationInput<'getTenant'>,
    options?: CallOptions<OperationOutput<'getTenant'>>,
  ): Promise<OperationOutput<'getTenant'>> {
    return this.invoke('getTenant', input, options);
  }

  /**
   * Get a tenant-scoped cluster variable
   *
   * Get a tenant-scoped cluster variable.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Cluster variable not found
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getTenantClusterVariable(
    input: OperationInput<'getTenantClusterVariable'>,
    options?: CallOptions<OperationOutput<'getTenantClusterVariable'>>,
  ): Promise<OperationOutput<'getTenantClusterVariable'>> {
    return this.invoke('getTenantClusterVariable', input, options);
  }

  /**
   * Get cluster topology
   *
   * Obtains the current topology of the cluster the gateway is part of.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getTopology(
    input?: OperationInput<'getTopology'>,
    options?: CallOptions<OperationOutput<'getTopology'>>,
  ): Promise<OperationOutput<'getTopology'>> {
    return this.invoke('getTopology', input, options);
  }

  /**
   * Get usage metrics
   *
   * Retrieve the usage metrics based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getUsageMetrics(
    input: OperationInput<'getUsageMetrics'>,
    options?: CallOptions<OperationOutput<'getUsageMetrics'>>,
  ): Promise<OperationOutput<'getUsageMetrics'>> {
    return this.invoke('getUsageMetrics', input, options);
  }

  /**
   * Get user
   *
   * Get a user by its username.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The user with the given username was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getUser(
    input: OperationInput<'getUser'>,
    options?: CallOptions<OperationOutput<'getUser'>>,
  ): Promise<OperationOutput<'getUser'>> {
    return this.invoke('getUser', input, options);
  }

  /**
   * Get user task
   *
   * Get the user task by the user task key.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The user task with the given key was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getUserTask(
    input: OperationInput<'getUserTask'>,
    options?: CallOptions<OperationOutput<'getUserTask'>>,
  ): Promise<OperationOutput<'getUserTask'>> {
    return this.invoke('getUserTask', input, options);
  }

  /**
   * Get user task form
   *
   * Get the form of a user task.
   * Note that this endpoint will only return linked forms. This endpoint does not support embedded forms.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Not found
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getUserTaskForm(
    input: OperationInput<'getUserTaskForm'>,
    options?: CallOptions<OperationOutput<'getUserTaskForm'>>,
  ): Promise<OperationOutput<'getUserTaskForm'>> {
    return this.invoke('getUserTaskForm', input, options);
  }

  /**
   * Get variable
   *
   * Get a variable by its key.
   *
   * This endpoint returns both process-level and local (element-scoped) variables.
   * The variable's scopeKey indicates whether it's a process-level variable or scoped to a
   * specific element instance.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Not found
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  getVariable(
    input: OperationInput<'getVariable'>,
    options?: CallOptions<OperationOutput<'getVariable'>>,
  ): Promise<OperationOutput<'getVariable'>> {
    return this.invoke('getVariable', input, options);
  }

  /**
   * List history backups
   *
   * Returns a list of all available history backups of the physical tenant, with their state
   * and additional info, most recent first by snapshot start time.
   *
   * Only available on clusters whose secondary storage is Elasticsearch or OpenSearch.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: The request is forbidden for one of three reasons: the authenticated
   * caller lacks the required `BACKUP` permission; the cluster's secondary storage is neither Elasticsearch
   * nor OpenSearch and therefore cannot serve history backups; or the physical tenant's snapshot repository
   * is absent from the store — configured under a name the store does not have, or not configured at all. The
   * problem detail says which applies. The latter two are deployment faults the caller cannot correct by
   * changing its request.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  listHistoryBackups(
    input?: OperationInput<'listHistoryBackups'>,
    options?: CallOptions<OperationOutput<'listHistoryBackups'>>,
  ): Promise<OperationOutput<'listHistoryBackups'>> {
    return this.invoke('listHistoryBackups', input, options);
  }

  /**
   * List history backups across physical tenants
   *
   * Lists the history backups of every physical tenant of the cluster, or of the one named by `physicalTenantId`, grouped by backup id. A backup id that only some physical tenants hold is a supported outcome rather than a degraded one, so only the tenants that hold it are listed under it.
   *
   * The request is all-or-nothing: a physical tenant whose backups cannot be read fails the whole request rather than silently dropping out of the listing. Narrow the request with `physicalTenantId` to list the backups of the tenants that can still be read.
   *
   * Requires the cluster-admin security chain. Although this operation lists `bearerAuth` / `basicAuth` like the rest of the Orchestration Cluster API, it does not accept an Orchestration Cluster user's credentials — only the separate cluster-admin credentials are valid here. Only available on clusters whose secondary storage is Elasticsearch or OpenSearch. Use `GET /v2/backups/history` to act as a single physical tenant.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: The cluster's secondary storage is neither Elasticsearch nor
   * OpenSearch and therefore cannot serve history backups, or a targeted physical tenant's snapshot
   * repository is absent from the store — configured under a name the store does not have, or not configured
   * at all. Both are deployment faults the caller cannot correct by changing its request; narrow the request
   * with `physicalTenantId` to work with the tenants whose repository is usable. Unlike the
   * per-physical-tenant backup endpoints, the cluster-admin surface performs no fine-grained authorization,
   * so a missing `BACKUP` permission is never the reason.
   * @throws HttpError with status 404: The requested `physicalTenantId` does not exist in this cluster.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  listHistoryBackupsAsClusterAdmin(
    input?: OperationInput<'listHistoryBackupsAsClusterAdmin'>,
    options?: CallOptions<OperationOutput<'listHistoryBackupsAsClusterAdmin'>>,
  ): Promise<OperationOutput<'listHistoryBackupsAsClusterAdmin'>> {
    return this.invoke('listHistoryBackupsAsClusterAdmin', input, options);
  }

  /**
   * List runtime backups
   *
   * Returns a list of all available runtime backups of the physical tenant, with their
   * state and additional info, sorted in descending order of backupId.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  listRuntimeBackups(
    input?: OperationInput<'listRuntimeBackups'>,
    options?: CallOptions<OperationOutput<'listRuntimeBackups'>>,
  ): Promise<OperationOutput<'listRuntimeBackups'>> {
    return this.invoke('listRuntimeBackups', input, options);
  }

  /**
   * List runtime backups across physical tenants
   *
   * Lists the runtime backups of every physical tenant of the cluster, or of the one named by `physicalTenantId`, grouped by backup id. Every group reports every targeted tenant, including the ones holding nothing for that id, so a backup only some tenants hold aggregates to `INCOMPLETE` here exactly as it does when looked up directly — the state of a listed group can be trusted to say whether the cluster can be restored from it. A backup id that only some physical tenants hold is a supported outcome rather than a degraded one; tenants that generate their own backup ids never share one, so in that mode each backup forms its own group and the other tenants report `DOES_NOT_EXIST` under it.
   *
   * The request is all-or-nothing: a physical tenant whose backups cannot be read fails the whole request rather than silently dropping out of the listing. Narrow the request with `physicalTenantId` to list the backups of the tenants that can still be read.
   *
   * Requires the cluster-admin security chain. Although this operation lists `bearerAuth` / `basicAuth` like the rest of the Orchestration Cluster API, it does not accept an Orchestration Cluster user's credentials — only the separate cluster-admin credentials are valid here. Use `GET /v2/backups/runtime` to act as a single physical tenant.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 404: The requested `physicalTenantId` does not exist in this cluster.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  listRuntimeBackupsAsClusterAdmin(
    input?: OperationInput<'listRuntimeBackupsAsClusterAdmin'>,
    options?: CallOptions<OperationOutput<'listRuntimeBackupsAsClusterAdmin'>>,
  ): Promise<OperationOutput<'listRuntimeBackupsAsClusterAdmin'>> {
    return this.invoke('listRuntimeBackupsAsClusterAdmin', input, options);
  }

  /**
   * List secrets (alpha)
   *
   * List the `camunda.secrets.*` references known for the caller's physical tenant.
   *
   * Only references the caller holds `SECRET:READ` on are returned. This endpoint never
   * returns secret values, only the reference names.
   *
   * The references are read from the secret stores configured for the caller's physical tenant.
   * A store may hold names outside the reference name charset (for example one containing a
   * dot); those are omitted, since `/secrets/resolve` would reject them and no permission can
   * be granted on them.
   *
   * A returned reference is usable verbatim with `/secrets/resolve`. In a FEEL expression,
   * however, a name that is not a bare identifier has to be backtick-escaped, since FEEL reads
   * a bare dash as the minus operator: a listed `camunda.secrets.db-password` is written
   * `` =camunda.secrets.`db-password` `` in a BPMN input mapping.
   *
   * This endpoint is an alpha feature and may be subject to change in future releases.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  listSecrets(
    input?: OperationInput<'listSecrets'>,
    options?: CallOptions<OperationOutput<'listSecrets'>>,
  ): Promise<OperationOutput<'listSecrets'>> {
    return this.invoke('listSecrets', input, options);
  }

  /**
   * Migrate process instance
   *
   * Migrates a process instance to a new process definition.
   * This request can contain multiple mapping instructions to define mapping between the active
   * process instance's elements and target process definition elements.
   *
   * Use this to upgrade a process instance to a new version of a process or to
   * a different process definition, e.g. to keep your running instances up-to-date with the
   * latest process improvements.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 404: The process instance is not found.
   * @throws HttpError with status 409: The process instance migration failed. More details are provided in
   * the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  migrateProcessInstance(
    input: OperationInput<'migrateProcessInstance'>,
    options?: CallOptions<OperationOutput<'migrateProcessInstance'>>,
  ): Promise<OperationOutput<'migrateProcessInstance'>> {
    return this.invoke('migrateProcessInstance', input, options);
  }

  /**
   * Migrate process instances (batch)
   *
   * Migrate multiple process instances.
   * Since only process instances with ACTIVE state can be migrated, any given
   * filters for state are ignored and overridden during this batch operation.
   * This is done asynchronously, the progress can be tracked using the batchOperationKey from the response and the batch operation status endpoint (/batch-operations/{batchOperationKey}).
   *
   * @throws HttpError with status 400: The process instance batch operation failed. More details are provided
   * in the response body.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  migrateProcessInstancesBatchOperation(
    input: OperationInput<'migrateProcessInstancesBatchOperation'>,
    options?: CallOptions<OperationOutput<'migrateProcessInstancesBatchOperation'>>,
  ): Promise<OperationOutput<'migrateProcessInstancesBatchOperation'>> {
    return this.invoke('migrateProcessInstancesBatchOperation', input, options);
  }

  /**
   * Modify process instance
   *
   * Modifies a running process instance.
   * This request can contain multiple instructions to activate an element of the process or
   * to terminate an active instance of an element.
   *
   * Use this to repair a process instance that is stuck on an element or took an unintended path.
   * For example, because an external system is not available or doesn't respond as expected.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 404: The process instance is not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  modifyProcessInstance(
    input: OperationInput<'modifyProcessInstance'>,
    options?: CallOptions<OperationOutput<'modifyProcessInstance'>>,
  ): Promise<OperationOutput<'modifyProcessInstance'>> {
    return this.invoke('modifyProcessInstance', input, options);
  }

  /**
   * Modify process instances (batch)
   *
   * Modify multiple process instances.
   * Since only process instances with ACTIVE state can be modified, any given
   * filters for state are ignored and overridden during this batch operation.
   * In contrast to single modification operation, it is not possible to add variable instructions or modify by element key.
   * It is only possible to use the element id of the source and target.
   * This is done asynchronously, the progress can be tracked using the batchOperationKey from the response and the batch operation status endpoint (/batch-operations/{batchOperationKey}).
   *
   * @throws HttpError with status 400: The process instance batch operation failed. More details are provided
   * in the response body.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  modifyProcessInstancesBatchOperation(
    input: OperationInput<'modifyProcessInstancesBatchOperation'>,
    options?: CallOptions<OperationOutput<'modifyProcessInstancesBatchOperation'>>,
  ): Promise<OperationOutput<'modifyProcessInstancesBatchOperation'>> {
    return this.invoke('modifyProcessInstancesBatchOperation', input, options);
  }

  /**
   * Pause exporting across the whole cluster
   *
   * Pauses exporting on every physical tenant of the cluster in one call. With `soft=true`, every physical tenant is soft-paused instead.
   *
   * Requires the cluster-admin security chain. Although this operation lists `bearerAuth` / `basicAuth` like the rest of the Orchestration Cluster API, it does not accept an Orchestration Cluster user's credentials — only the separate cluster-admin credentials are valid here.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  pauseClusterExporting(
    input?: OperationInput<'pauseClusterExporting'>,
    options?: CallOptions<OperationOutput<'pauseClusterExporting'>>,
  ): Promise<OperationOutput<'pauseClusterExporting'>> {
    return this.invoke('pauseClusterExporting', input, options);
  }

  /**
   * Pause exporting
   *
   * Pauses exporting on all partitions of the physical tenant. While paused, exported records
   * are not committed, so the log is not compacted for the affected partitions.
   *
   * With `soft=true`, exporting continues to run but its position is not committed, so the
   * state after resuming is identical to a hard pause; use this variant when exporting must
   * keep progressing (e.g. to avoid falling behind) while still preventing log compaction,
   * such as during a backup.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  pauseExporting(
    input?: OperationInput<'pauseExporting'>,
    options?: CallOptions<OperationOutput<'pauseExporting'>>,
  ): Promise<OperationOutput<'pauseExporting'>> {
    return this.invoke('pauseExporting', input, options);
  }

  /**
   * Pin internal clock (alpha)
   *
   * Set a precise, static time for the Zeebe engine's internal clock.
   * When the clock is pinned, it remains at the specified time and does not advance.
   * To change the time, the clock must be pinned again with a new timestamp.
   *
   * This endpoint is an alpha feature and may be subject to change
   * in future releases.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  pinClock(
    input: OperationInput<'pinClock'>,
    options?: CallOptions<OperationOutput<'pinClock'>>,
  ): Promise<OperationOutput<'pinClock'>> {
    return this.invoke('pinClock', input, options);
  }

  /**
   * Publish message
   *
   * Publishes a single message.
   * Messages are published to specific partitions computed from their correlation keys.
   * Messages can be buffered.
   * The endpoint does not wait for a correlation result.
   * Use the message correlation endpoint for such use cases.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  publishMessage(
    input: OperationInput<'publishMessage'>,
    options?: CallOptions<OperationOutput<'publishMessage'>>,
  ): Promise<OperationOutput<'publishMessage'>> {
    return this.invoke('publishMessage', input, options);
  }

  /**
   * Reset internal clock (alpha)
   *
   * Resets the Zeebe engine's internal clock to the current system time, enabling it to tick in real-time.
   * This operation is useful for returning the clock to
   * normal behavior after it has been pinned to a specific time.
   *
   * This endpoint is an alpha feature and may be subject to change
   * in future releases.
   *
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  resetClock(
    input?: OperationInput<'resetClock'>,
    options?: CallOptions<OperationOutput<'resetClock'>>,
  ): Promise<OperationOutput<'resetClock'>> {
    return this.invoke('resetClock', input, options);
  }

  /**
   * Resolve incident
   *
   * Marks the incident as resolved; most likely a call to Update job will be necessary
   * to reset the job's retries, followed by this call.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 404: The incident with the incidentKey is not found.
   * @throws HttpError with status 409: The incident cannot be resolved due to an invalid state. For example,
   * the associated job may have no retries left.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  resolveIncident(
    input: OperationInput<'resolveIncident'>,
    options?: CallOptions<OperationOutput<'resolveIncident'>>,
  ): Promise<OperationOutput<'resolveIncident'>> {
    return this.invoke('resolveIncident', input, options);
  }

  /**
   * Resolve related incidents (batch)
   *
   * Resolves multiple instances of process instances.
   * Since only process instances with ACTIVE state can have unresolved incidents, any given
   * filters for state are ignored and overridden during this batch operation.
   * This is done asynchronously, the progress can be tracked using the batchOperationKey from the response and the batch operation status endpoint (/batch-operations/{batchOperationKey}).
   *
   * @throws HttpError with status 400: The process instance batch operation failed. More details are provided
   * in the response body.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  resolveIncidentsBatchOperation(
    input: OperationInput<'resolveIncidentsBatchOperation'>,
    options?: CallOptions<OperationOutput<'resolveIncidentsBatchOperation'>>,
  ): Promise<OperationOutput<'resolveIncidentsBatchOperation'>> {
    return this.invoke('resolveIncidentsBatchOperation', input, options);
  }

  /**
   * Resolve related incidents
   *
   * Creates a batch operation to resolve multiple incidents of a process instance.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 404: The process instance is not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  resolveProcessInstanceIncidents(
    input: OperationInput<'resolveProcessInstanceIncidents'>,
    options?: CallOptions<OperationOutput<'resolveProcessInstanceIncidents'>>,
  ): Promise<OperationOutput<'resolveProcessInstanceIncidents'>> {
    return this.invoke('resolveProcessInstanceIncidents', input, options);
  }

  /**
   * Resolve secrets (alpha)
   *
   * Resolve a deduplicated batch of `camunda.secrets.*` references for the caller's
   * physical tenant in a single round-trip.
   *
   * Each reference is authorized and resolved independently. For valid requests, the endpoint
   * always responds with HTTP 200: successfully resolved references are returned in `resolved`,
   * while references that could not be resolved (for example not found, malformed or over-long,
   * or the caller lacks `SECRET:REVEAL` on that reference) are returned in `errors`. A failure of
   * one reference never fails the others. Only structurally invalid requests are rejected with
   * HTTP 400: a missing or non-array `references` field, more than 20 references, or a null entry.
   *
   * References are resolved against the secret stores configured for the caller's physical
   * tenant, served from the gateway's secret cache when the value is already cached and read
   * from the store otherwise.
   *
   * This endpoint is an alpha feature and may be subject to change in future releases.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  resolveSecrets(
    input: OperationInput<'resolveSecrets'>,
    options?: CallOptions<OperationOutput<'resolveSecrets'>>,
  ): Promise<OperationOutput<'resolveSecrets'>> {
    return this.invoke('resolveSecrets', input, options);
  }

  /**
   * Restore from a backup
   *
   * Restores the cluster from a backup. The restore is described either by a single backup ID or by a time range (`from`/`to`) that selects the backups to restore. This endpoint is only accessible while the cluster is in recovery mode; requests are rejected otherwise. The request is validated and acknowledged, but the restore itself is performed asynchronously.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 409: The cluster is not in recovery mode, so the restore cannot be
   * accepted.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  restore(
    input?: OperationInput<'restore'>,
    options?: CallOptions<OperationOutput<'restore'>>,
  ): Promise<OperationOutput<'restore'>> {
    return this.invoke('restore', input, options);
  }

  /**
   * Restore one or every physical tenant from a backup
   *
   * Restores physical tenants from backups. The restore is described either by a list of backup IDs or by a time range (`from`/`to`) that selects the backups to restore. Restores are only accepted while the targeted physical tenants are in recovery mode; requests are rejected otherwise. The request is validated and acknowledged, but the restore itself is performed asynchronously.
   *
   * If the `physicalTenantId` parameter is provided, only that physical tenant is restored and `overrides` must be omitted.
   *
   * If it is not provided, every physical tenant of the cluster is restored: those named in `overrides` with their own backup selection, all others with the selection at the top level of the request body.
   *
   * Requires the cluster-admin security chain. Although this operation lists `bearerAuth` / `basicAuth` like the rest of the Orchestration Cluster API, it does not accept an Orchestration Cluster user's credentials — only the separate cluster-admin credentials are valid here.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 404: The requested `physicalTenantId`, or a physical tenant named in
   * `overrides`, does not exist in this cluster.
   * @throws HttpError with status 409: A targeted physical tenant is not in recovery mode, so the restore
   * cannot be accepted.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  restoreAsClusterAdmin(
    input?: OperationInput<'restoreAsClusterAdmin'>,
    options?: CallOptions<OperationOutput<'restoreAsClusterAdmin'>>,
  ): Promise<OperationOutput<'restoreAsClusterAdmin'>> {
    return this.invoke('restoreAsClusterAdmin', input, options);
  }

  /**
   * Resume Batch operation
   *
   * Resumes a suspended batch operation.
   * This is done asynchronously, the progress can be tracked using the batch operation status endpoint (/batch-operations/{batchOperationKey}).
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Not found. The batch operation was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  resumeBatchOperation(
    input: OperationInput<'resumeBatchOperation'>,
    options?: CallOptions<OperationOutput<'resumeBatchOperation'>>,
  ): Promise<OperationOutput<'resumeBatchOperation'>> {
    return this.invoke('resumeBatchOperation', input, options);
  }

  /**
   * Resume exporting across the whole cluster
   *
   * Resumes exporting on every physical tenant of the cluster in one call, after a pause or soft pause.
   *
   * Requires the cluster-admin security chain. Although this operation lists `bearerAuth` / `basicAuth` like the rest of the Orchestration Cluster API, it does not accept an Orchestration Cluster user's credentials — only the separate cluster-admin credentials are valid here.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  resumeClusterExporting(
    input?: OperationInput<'resumeClusterExporting'>,
    options?: CallOptions<OperationOutput<'resumeClusterExporting'>>,
  ): Promise<OperationOutput<'resumeClusterExporting'>> {
    return this.invoke('resumeClusterExporting', input, options);
  }

  /**
   * Resume exporting
   *
   * Resumes exporting on all partitions of the physical tenant after a pause or soft pause.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  resumeExporting(
    input?: OperationInput<'resumeExporting'>,
    options?: CallOptions<OperationOutput<'resumeExporting'>>,
  ): Promise<OperationOutput<'resumeExporting'>> {
    return this.invoke('resumeExporting', input, options);
  }

  /**
   * Resume process instance
   *
   * Resumes a suspended process instance, returning it to the ACTIVE state and continuing processing.
   * Only process instances in the SUSPENDED state can be resumed.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 404: The process instance is not found.
   * @throws HttpError with status 409: The process instance is not in the SUSPENDED state and cannot be
   * resumed. More details are provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  resumeProcessInstance(
    input: OperationInput<'resumeProcessInstance'>,
    options?: CallOptions<OperationOutput<'resumeProcessInstance'>>,
  ): Promise<OperationOutput<'resumeProcessInstance'>> {
    return this.invoke('resumeProcessInstance', input, options);
  }

  /**
   * Resume process instances (batch)
   *
   * Resumes multiple suspended process instances.
   * Since only SUSPENDED root instances can be resumed, any given
   * filters for state and parentProcessInstanceKey are ignored and overridden during this batch operation.
   * This is done asynchronously, the progress can be tracked using the batchOperationKey from the response and the batch operation status endpoint (/batch-operations/{batchOperationKey}).
   *
   * @throws HttpError with status 400: The process instance batch operation failed. More details are provided
   * in the response body.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  resumeProcessInstancesBatchOperation(
    input: OperationInput<'resumeProcessInstancesBatchOperation'>,
    options?: CallOptions<OperationOutput<'resumeProcessInstancesBatchOperation'>>,
  ): Promise<OperationOutput<'resumeProcessInstancesBatchOperation'>> {
    return this.invoke('resumeProcessInstancesBatchOperation', input, options);
  }

  /**
   * Search agent definitions
   *
   * Search for agent definitions based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchAgentDefinitions(
    input?: OperationInput<'searchAgentDefinitions'>,
    options?: CallOptions<OperationOutput<'searchAgentDefinitions'>>,
  ): Promise<OperationOutput<'searchAgentDefinitions'>> {
    return this.invoke('searchAgentDefinitions', input, options);
  }

  /**
   * Search agent instance history
   *
   * Searches the conversation history of an agent instance. Committed items
   * are returned by default.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The agent instance with the given key was not found. More details are
   * provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchAgentInstanceHistory(
    input: OperationInput<'searchAgentInstanceHistory'>,
    options?: CallOptions<OperationOutput<'searchAgentInstanceHistory'>>,
  ): Promise<OperationOutput<'searchAgentInstanceHistory'>> {
    return this.invoke('searchAgentInstanceHistory', input, options);
  }

  /**
   * Search agent instances
   *
   * Search for agent instances based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchAgentInstances(
    input?: OperationInput<'searchAgentInstances'>,
    options?: CallOptions<OperationOutput<'searchAgentInstances'>>,
  ): Promise<OperationOutput<'searchAgentInstances'>> {
    return this.invoke('searchAgentInstances', input, options);
  }

  /**
   * Search audit logs
   *
   * Search for audit logs based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchAuditLogs(
    input?: OperationInput<'searchAuditLogs'>,
    options?: CallOptions<OperationOutput<'searchAuditLogs'>>,
  ): Promise<OperationOutput<'searchAuditLogs'>> {
    return this.invoke('searchAuditLogs', input, options);
  }

  /**
   * Search authorizations
   *
   * Search for authorizations based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchAuthorizations(
    input?: OperationInput<'searchAuthorizations'>,
    options?: CallOptions<OperationOutput<'searchAuthorizations'>>,
  ): Promise<OperationOutput<'searchAuthorizations'>> {
    return this.invoke('searchAuthorizations', input, options);
  }

  /**
   * Search batch operation items
   *
   * Search for batch operation items based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchBatchOperationItems(
    input?: OperationInput<'searchBatchOperationItems'>,
    options?: CallOptions<OperationOutput<'searchBatchOperationItems'>>,
  ): Promise<OperationOutput<'searchBatchOperationItems'>> {
    return this.invoke('searchBatchOperationItems', input, options);
  }

  /**
   * Search batch operations
   *
   * Search for batch operations based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchBatchOperations(
    input?: OperationInput<'searchBatchOperations'>,
    options?: CallOptions<OperationOutput<'searchBatchOperations'>>,
  ): Promise<OperationOutput<'searchBatchOperations'>> {
    return this.invoke('searchBatchOperations', input, options);
  }

  /**
   * Search group clients
   *
   * Search clients assigned to a group.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The group with the given ID was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchClientsForGroup(
    input: OperationInput<'searchClientsForGroup'>,
    options?: CallOptions<OperationOutput<'searchClientsForGroup'>>,
  ): Promise<OperationOutput<'searchClientsForGroup'>> {
    return this.invoke('searchClientsForGroup', input, options);
  }

  /**
   * Search role clients
   *
   * Search clients with assigned role.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The role with the given ID was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchClientsForRole(
    input: OperationInput<'searchClientsForRole'>,
    options?: CallOptions<OperationOutput<'searchClientsForRole'>>,
  ): Promise<OperationOutput<'searchClientsForRole'>> {
    return this.invoke('searchClientsForRole', input, options);
  }

  /**
   * Search clients for tenant
   *
   * Retrieves a filtered and sorted list of clients for a specified tenant.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   */
  searchClientsForTenant(
    input: OperationInput<'searchClientsForTenant'>,
    options?: CallOptions<OperationOutput<'searchClientsForTenant'>>,
  ): Promise<OperationOutput<'searchClientsForTenant'>> {
    return this.invoke('searchClientsForTenant', input, options);
  }

  /**
   * Search for cluster variables based on given criteria. By default, long variable values in the response are truncated.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchClusterVariables(
    input?: OperationInput<'searchClusterVariables'>,
    options?: CallOptions<OperationOutput<'searchClusterVariables'>>,
  ): Promise<OperationOutput<'searchClusterVariables'>> {
    return this.invoke('searchClusterVariables', input, options);
  }

  /**
   * Search correlated message subscriptions
   *
   * Search correlated message subscriptions based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchCorrelatedMessageSubscriptions(
    input?: OperationInput<'searchCorrelatedMessageSubscriptions'>,
    options?: CallOptions<OperationOutput<'searchCorrelatedMessageSubscriptions'>>,
  ): Promise<OperationOutput<'searchCorrelatedMessageSubscriptions'>> {
    return this.invoke('searchCorrelatedMessageSubscriptions', input, options);
  }

  /**
   * Search decision definitions
   *
   * Search for decision definitions based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchDecisionDefinitions(
    input?: OperationInput<'searchDecisionDefinitions'>,
    options?: CallOptions<OperationOutput<'searchDecisionDefinitions'>>,
  ): Promise<OperationOutput<'searchDecisionDefinitions'>> {
    return this.invoke('searchDecisionDefinitions', input, options);
  }

  /**
   * Search decision instances
   *
   * Search for decision instances based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchDecisionInstances(
    input?: OperationInput<'searchDecisionInstances'>,
    options?: CallOptions<OperationOutput<'searchDecisionInstances'>>,
  ): Promise<OperationOutput<'searchDecisionInstances'>> {
    return this.invoke('searchDecisionInstances', input, options);
  }

  /**
   * Search decision requirements
   *
   * Search for decision requirements based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchDecisionRequirements(
    input?: OperationInput<'searchDecisionRequirements'>,
    options?: CallOptions<OperationOutput<'searchDecisionRequirements'>>,
  ): Promise<OperationOutput<'searchDecisionRequirements'>> {
    return this.invoke('searchDecisionRequirements', input, options);
  }

  /**
   * Search for incidents of a specific element instance
   *
   * Search for incidents caused by the specified element instance, including incidents of any child instances created from this element instance.
   *
   * Although the `elementInstanceKey` is provided as a path parameter to indicate the root element instance,
   * you may also include an `elementInstanceKey` within the filter object to narrow results to specific
   * child element instances. This is useful, for example, if you want to isolate incidents associated with
   * nested or subordinate elements within the given element instance while excluding incidents directly tied
   * to the root element itself.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The element instance with the given key was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchElementInstanceIncidents(
    input: OperationInput<'searchElementInstanceIncidents'>,
    options?: CallOptions<OperationOutput<'searchElementInstanceIncidents'>>,
  ): Promise<OperationOutput<'searchElementInstanceIncidents'>> {
    return this.invoke('searchElementInstanceIncidents', input, options);
  }

  /**
   * Search element instance wait states
   *
   * Returns the wait states for element instances matching the given filter.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchElementInstanceWaitStates(
    input?: OperationInput<'searchElementInstanceWaitStates'>,
    options?: CallOptions<OperationOutput<'searchElementInstanceWaitStates'>>,
  ): Promise<OperationOutput<'searchElementInstanceWaitStates'>> {
    return this.invoke('searchElementInstanceWaitStates', input, options);
  }

  /**
   * Search element instances
   *
   * Search for element instances based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchElementInstances(
    input?: OperationInput<'searchElementInstances'>,
    options?: CallOptions<OperationOutput<'searchElementInstances'>>,
  ): Promise<OperationOutput<'searchElementInstances'>> {
    return this.invoke('searchElementInstances', input, options);
  }

  /**
   * Search global user task listeners
   *
   * Search for global user task listeners based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchGlobalTaskListeners(
    input?: OperationInput<'searchGlobalTaskListeners'>,
    options?: CallOptions<OperationOutput<'searchGlobalTaskListeners'>>,
  ): Promise<OperationOutput<'searchGlobalTaskListeners'>> {
    return this.invoke('searchGlobalTaskListeners', input, options);
  }

  /**
   * Search groups for tenant
   *
   * Retrieves a filtered and sorted list of groups for a specified tenant.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   */
  searchGroupIdsForTenant(
    input: OperationInput<'searchGroupIdsForTenant'>,
    options?: CallOptions<OperationOutput<'searchGroupIdsForTenant'>>,
  ): Promise<OperationOutput<'searchGroupIdsForTenant'>> {
    return this.invoke('searchGroupIdsForTenant', input, options);
  }

  /**
   * Search groups
   *
   * Search for groups based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchGroups(
    input?: OperationInput<'searchGroups'>,
    options?: CallOptions<OperationOutput<'searchGroups'>>,
  ): Promise<OperationOutput<'searchGroups'>> {
    return this.invoke('searchGroups', input, options);
  }

  /**
   * Search role groups
   *
   * Search groups with assigned role.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The role with the given ID was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchGroupsForRole(
    input: OperationInput<'searchGroupsForRole'>,
    options?: CallOptions<OperationOutput<'searchGroupsForRole'>>,
  ): Promise<OperationOutput<'searchGroupsForRole'>> {
    return this.invoke('searchGroupsForRole', input, options);
  }

  /**
   * Search incidents
   *
   * Search for incidents based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchIncidents(
    input?: OperationInput<'searchIncidents'>,
    options?: CallOptions<OperationOutput<'searchIncidents'>>,
  ): Promise<OperationOutput<'searchIncidents'>> {
    return this.invoke('searchIncidents', input, options);
  }

  /**
   * Search jobs
   *
   * Search for jobs based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchJobs(
    input?: OperationInput<'searchJobs'>,
    options?: CallOptions<OperationOutput<'searchJobs'>>,
  ): Promise<OperationOutput<'searchJobs'>> {
    return this.invoke('searchJobs', input, options);
  }

  /**
   * Search mapping rules
   *
   * Search for mapping rules based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchMappingRule(
    input?: OperationInput<'searchMappingRule'>,
    options?: CallOptions<OperationOutput<'searchMappingRule'>>,
  ): Promise<OperationOutput<'searchMappingRule'>> {
    return this.invoke('searchMappingRule', input, options);
  }

  /**
   * Search group mapping rules
   *
   * Search mapping rules assigned to a group.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The group with the given ID was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchMappingRulesForGroup(
    input: OperationInput<'searchMappingRulesForGroup'>,
    options?: CallOptions<OperationOutput<'searchMappingRulesForGroup'>>,
  ): Promise<OperationOutput<'searchMappingRulesForGroup'>> {
    return this.invoke('searchMappingRulesForGroup', input, options);
  }

  /**
   * Search role mapping rules
   *
   * Search mapping rules with assigned role.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The role with the given ID was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchMappingRulesForRole(
    input: OperationInput<'searchMappingRulesForRole'>,
    options?: CallOptions<OperationOutput<'searchMappingRulesForRole'>>,
  ): Promise<OperationOutput<'searchMappingRulesForRole'>> {
    return this.invoke('searchMappingRulesForRole', input, options);
  }

  /**
   * Search mapping rules for tenant
   *
   * Retrieves a filtered and sorted list of MappingRules for a specified tenant.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   */
  searchMappingRulesForTenant(
    input: OperationInput<'searchMappingRulesForTenant'>,
    options?: CallOptions<OperationOutput<'searchMappingRulesForTenant'>>,
  ): Promise<OperationOutput<'searchMappingRulesForTenant'>> {
    return this.invoke('searchMappingRulesForTenant', input, options);
  }

  /**
   * Search message subscriptions
   *
   * Search for message subscriptions based on given criteria.
   *
   * By default, both start and intermediate event subscriptions are returned. Use the
   * `messageSubscriptionType` filter to restrict results to a single type.
   *
   * **Version notes:**
   * - Start event subscriptions are only captured for deployments made with 8.10 or later.
   * - The `messageSubscriptionType` field is only populated for data created
   *   with Camunda 8.10 or later. For pre-8.10 data, intermediate event entries have no
   *   `messageSubscriptionType` value stored. For convenience, the API returns `PROCESS_EVENT`
   *   as a default for such search results, though.
   * - Searching for intermediate event subscriptions **including legacy data** can be achieved
   *   by filtering for `messageSubscriptionType` not matching `START_EVENT`.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchMessageSubscriptions(
    input?: OperationInput<'searchMessageSubscriptions'>,
    options?: CallOptions<OperationOutput<'searchMessageSubscriptions'>>,
  ): Promise<OperationOutput<'searchMessageSubscriptions'>> {
    return this.invoke('searchMessageSubscriptions', input, options);
  }

  /**
   * Search own authorizations
   *
   * Search for the current authenticated principal's own authorization records — including authorizations granted directly to the user or client, as well as those granted via a group, role, or mapping rule the principal belongs to.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchOwnAuthorizations(
    input?: OperationInput<'searchOwnAuthorizations'>,
    options?: CallOptions<OperationOutput<'searchOwnAuthorizations'>>,
  ): Promise<OperationOutput<'searchOwnAuthorizations'>> {
    return this.invoke('searchOwnAuthorizations', input, options);
  }

  /**
   * Search process definition variable names
   *
   * Search for distinct variable names defined on a process definition, optionally narrowed by the name filter.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchProcessDefinitionVariableNames(
    input: OperationInput<'searchProcessDefinitionVariableNames'>,
    options?: CallOptions<OperationOutput<'searchProcessDefinitionVariableNames'>>,
  ): Promise<OperationOutput<'searchProcessDefinitionVariableNames'>> {
    return this.invoke('searchProcessDefinitionVariableNames', input, options);
  }

  /**
   * Search process definitions
   *
   * Search for process definitions based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchProcessDefinitions(
    input?: OperationInput<'searchProcessDefinitions'>,
    options?: CallOptions<OperationOutput<'searchProcessDefinitions'>>,
  ): Promise<OperationOutput<'searchProcessDefinitions'>> {
    return this.invoke('searchProcessDefinitions', input, options);
  }

  /**
   * Search related incidents
   *
   * Search for incidents caused by the process instance or any of its called process or decision instances.
   *
   * Although the `processInstanceKey` is provided as a path parameter to indicate the root process instance,
   * you may also include a `processInstanceKey` within the filter object to narrow results to specific
   * child process instances. This is useful, for example, if you want to isolate incidents associated with
   * subprocesses or called processes under the root instance while excluding incidents directly tied to the root.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The process instance with the given key was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchProcessInstanceIncidents(
    input: OperationInput<'searchProcessInstanceIncidents'>,
    options?: CallOptions<OperationOutput<'searchProcessInstanceIncidents'>>,
  ): Promise<OperationOutput<'searchProcessInstanceIncidents'>> {
    return this.invoke('searchProcessInstanceIncidents', input, options);
  }

  /**
   * Search process instances
   *
   * Search for process instances based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchProcessInstances(
    input?: OperationInput<'searchProcessInstances'>,
    options?: CallOptions<OperationOutput<'searchProcessInstances'>>,
  ): Promise<OperationOutput<'searchProcessInstances'>> {
    return this.invoke('searchProcessInstances', input, options);
  }

  /**
   * Search resources
   *
   * Search for deployed resources based on given criteria.
   * :::info
   * This endpoint does not return BPMN process definitions, DMN decision definitions, or form
   * resources. To query BPMN process definitions or DMN decision definitions, use their
   * respective search APIs.
   * :::
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchResources(
    input?: OperationInput<'searchResources'>,
    options?: CallOptions<OperationOutput<'searchResources'>>,
  ): Promise<OperationOutput<'searchResources'>> {
    return this.invoke('searchResources', input, options);
  }

  /**
   * Search roles
   *
   * Search for roles based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchRoles(
    input?: OperationInput<'searchRoles'>,
    options?: CallOptions<OperationOutput<'searchRoles'>>,
  ): Promise<OperationOutput<'searchRoles'>> {
    return this.invoke('searchRoles', input, options);
  }

  /**
   * Search group roles
   *
   * Search roles assigned to a group.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The group with the given ID was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchRolesForGroup(
    input: OperationInput<'searchRolesForGroup'>,
    options?: CallOptions<OperationOutput<'searchRolesForGroup'>>,
  ): Promise<OperationOutput<'searchRolesForGroup'>> {
    return this.invoke('searchRolesForGroup', input, options);
  }

  /**
   * Search roles for tenant
   *
   * Retrieves a filtered and sorted list of roles for a specified tenant.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   */
  searchRolesForTenant(
    input: OperationInput<'searchRolesForTenant'>,
    options?: CallOptions<OperationOutput<'searchRolesForTenant'>>,
  ): Promise<OperationOutput<'searchRolesForTenant'>> {
    return this.invoke('searchRolesForTenant', input, options);
  }

  /**
   * Search tenants
   *
   * Retrieves a filtered and sorted list of tenants.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Not found
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchTenants(
    input?: OperationInput<'searchTenants'>,
    options?: CallOptions<OperationOutput<'searchTenants'>>,
  ): Promise<OperationOutput<'searchTenants'>> {
    return this.invoke('searchTenants', input, options);
  }

  /**
   * Search user task audit logs
   *
   * Search for user task audit logs based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchUserTaskAuditLogs(
    input: OperationInput<'searchUserTaskAuditLogs'>,
    options?: CallOptions<OperationOutput<'searchUserTaskAuditLogs'>>,
  ): Promise<OperationOutput<'searchUserTaskAuditLogs'>> {
    return this.invoke('searchUserTaskAuditLogs', input, options);
  }

  /**
   * Search user task effective variables
   *
   * Search for the effective variables of a user task. This endpoint returns deduplicated
   * variables where each variable name appears at most once. When the same variable name exists
   * at multiple scope levels in the scope hierarchy, the value from the innermost scope (closest
   * to the user task) takes precedence. This is useful for retrieving the actual runtime state
   * of variables as seen by the user task. By default, long variable values in the response are
   * truncated.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchUserTaskEffectiveVariables(
    input: OperationInput<'searchUserTaskEffectiveVariables'>,
    options?: CallOptions<OperationOutput<'searchUserTaskEffectiveVariables'>>,
  ): Promise<OperationOutput<'searchUserTaskEffectiveVariables'>> {
    return this.invoke('searchUserTaskEffectiveVariables', input, options);
  }

  /**
   * Search user task variables
   *
   * Search for user task variables based on given criteria. This endpoint returns all variable
   * documents visible from the user task's scope, including variables from parent scopes in the
   * scope hierarchy. If the same variable name exists at multiple scope levels, each scope's
   * variable is returned as a separate result. Use the
   * `/user-tasks/{userTaskKey}/effective-variables/search` endpoint to get deduplicated variables
   * where the innermost scope takes precedence. By default, long variable values in the response
   * are truncated.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchUserTaskVariables(
    input: OperationInput<'searchUserTaskVariables'>,
    options?: CallOptions<OperationOutput<'searchUserTaskVariables'>>,
  ): Promise<OperationOutput<'searchUserTaskVariables'>> {
    return this.invoke('searchUserTaskVariables', input, options);
  }

  /**
   * Search user tasks
   *
   * Search for user tasks based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchUserTasks(
    input?: OperationInput<'searchUserTasks'>,
    options?: CallOptions<OperationOutput<'searchUserTasks'>>,
  ): Promise<OperationOutput<'searchUserTasks'>> {
    return this.invoke('searchUserTasks', input, options);
  }

  /**
   * Search users
   *
   * Search for users based on given criteria.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchUsers(
    input?: OperationInput<'searchUsers'>,
    options?: CallOptions<OperationOutput<'searchUsers'>>,
  ): Promise<OperationOutput<'searchUsers'>> {
    return this.invoke('searchUsers', input, options);
  }

  /**
   * Search group users
   *
   * Search users assigned to a group.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The group with the given ID was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchUsersForGroup(
    input: OperationInput<'searchUsersForGroup'>,
    options?: CallOptions<OperationOutput<'searchUsersForGroup'>>,
  ): Promise<OperationOutput<'searchUsersForGroup'>> {
    return this.invoke('searchUsersForGroup', input, options);
  }

  /**
   * Search role users
   *
   * Search users with assigned role.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The role with the given ID was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchUsersForRole(
    input: OperationInput<'searchUsersForRole'>,
    options?: CallOptions<OperationOutput<'searchUsersForRole'>>,
  ): Promise<OperationOutput<'searchUsersForRole'>> {
    return this.invoke('searchUsersForRole', input, options);
  }

  /**
   * Search users for tenant
   *
   * Retrieves a filtered and sorted list of users for a specified tenant.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   */
  searchUsersForTenant(
    input: OperationInput<'searchUsersForTenant'>,
    options?: CallOptions<OperationOutput<'searchUsersForTenant'>>,
  ): Promise<OperationOutput<'searchUsersForTenant'>> {
    return this.invoke('searchUsersForTenant', input, options);
  }

  /**
   * Search variables
   *
   * Search for variables based on given criteria.
   *
   * This endpoint returns variables that exist directly at the specified scopes - it does not
   * include variables from parent scopes that would be visible through the scope hierarchy.
   *
   * Variables can be process-level (scoped to the process instance) or local (scoped to specific
   * BPMN elements like tasks, subprocesses, etc.).
   *
   * By default, long variable values in the response are truncated.
   *
   * @remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency`
   * to wait for it.
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  searchVariables(
    input?: OperationInput<'searchVariables'>,
    options?: CallOptions<OperationOutput<'searchVariables'>>,
  ): Promise<OperationOutput<'searchVariables'>> {
    return this.invoke('searchVariables', input, options);
  }

  /**
   * Suspend Batch operation
   *
   * Suspends a running batch operation.
   * This is done asynchronously, the progress can be tracked using the batch operation status endpoint (/batch-operations/{batchOperationKey}).
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Not found. The batch operation was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  suspendBatchOperation(
    input: OperationInput<'suspendBatchOperation'>,
    options?: CallOptions<OperationOutput<'suspendBatchOperation'>>,
  ): Promise<OperationOutput<'suspendBatchOperation'>> {
    return this.invoke('suspendBatchOperation', input, options);
  }

  /**
   * Suspend process instance
   *
   * Suspends a running process instance, pausing further processing until it is resumed.
   * Only process instances in the ACTIVE state can be suspended.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 404: The process instance is not found.
   * @throws HttpError with status 409: The process instance is not in the ACTIVE state and cannot be
   * suspended. More details are provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  suspendProcessInstance(
    input: OperationInput<'suspendProcessInstance'>,
    options?: CallOptions<OperationOutput<'suspendProcessInstance'>>,
  ): Promise<OperationOutput<'suspendProcessInstance'>> {
    return this.invoke('suspendProcessInstance', input, options);
  }

  /**
   * Suspend process instances (batch)
   *
   * Suspends multiple running process instances.
   * Since only ACTIVE root instances can be suspended, any given
   * filters for state and parentProcessInstanceKey are ignored and overridden during this batch operation.
   * This is done asynchronously, the progress can be tracked using the batchOperationKey from the response and the batch operation status endpoint (/batch-operations/{batchOperationKey}).
   *
   * @throws HttpError with status 400: The process instance batch operation failed. More details are provided
   * in the response body.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  suspendProcessInstancesBatchOperation(
    input: OperationInput<'suspendProcessInstancesBatchOperation'>,
    options?: CallOptions<OperationOutput<'suspendProcessInstancesBatchOperation'>>,
  ): Promise<OperationOutput<'suspendProcessInstancesBatchOperation'>> {
    return this.invoke('suspendProcessInstancesBatchOperation', input, options);
  }

  /**
   * Force-write runtime backup state
   *
   * Force-writes the checkpoint and backup metadata of every partition of the physical
   * tenant to the backup store, independent of any backup being taken or confirmed, and
   * returns the updated state.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   * @throws HttpError with status 504: The request from gateway to broker timed out.
   */
  syncRuntimeBackupState(
    input?: OperationInput<'syncRuntimeBackupState'>,
    options?: CallOptions<OperationOutput<'syncRuntimeBackupState'>>,
  ): Promise<OperationOutput<'syncRuntimeBackupState'>> {
    return this.invoke('syncRuntimeBackupState', input, options);
  }

  /**
   * Force-write runtime backup state across physical tenants
   *
   * Force-writes the checkpoint and backup metadata of every partition of every physical tenant of the cluster, or of the one named by `physicalTenantId`, to that tenant's backup store, independent of any backup being taken or confirmed, and returns the updated state per physical tenant.
   *
   * The request is all-or-nothing: a physical tenant whose metadata cannot be written fails the whole request, and the writes that already succeeded on other tenants are not undone. The operation is idempotent, so retrying the same call is the correct remedy. Narrow the request with `physicalTenantId` to write the tenants that can still be reached.
   *
   * Requires the cluster-admin security chain. Although this operation lists `bearerAuth` / `basicAuth` like the rest of the Orchestration Cluster API, it does not accept an Orchestration Cluster user's credentials — only the separate cluster-admin credentials are valid here. Use `POST /v2/backups/runtime/state/sync` to act as a single physical tenant.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 404: The requested `physicalTenantId` does not exist in this cluster.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   * @throws HttpError with status 504: The request from gateway to broker timed out on at least one targeted
   * physical tenant.
   */
  syncRuntimeBackupStateAsClusterAdmin(
    input?: OperationInput<'syncRuntimeBackupStateAsClusterAdmin'>,
    options?: CallOptions<OperationOutput<'syncRuntimeBackupStateAsClusterAdmin'>>,
  ): Promise<OperationOutput<'syncRuntimeBackupStateAsClusterAdmin'>> {
    return this.invoke('syncRuntimeBackupStateAsClusterAdmin', input, options);
  }

  /**
   * Take a history backup
   *
   * Triggers a backup of the physical tenant's history, by scheduling a snapshot of every
   * secondary storage index it owns.
   *
   * Unlike runtime backups, history backups have no generated-id mode: `backupId` is always
   * required.
   *
   * Only available on clusters whose secondary storage is Elasticsearch or OpenSearch.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: The request is forbidden for one of three reasons: the authenticated
   * caller lacks the required `BACKUP` permission; the cluster's secondary storage is neither Elasticsearch
   * nor OpenSearch and therefore cannot serve history backups; or the physical tenant's snapshot repository
   * is absent from the store — configured under a name the store does not have, or not configured at all. The
   * problem detail says which applies. The latter two are deployment faults the caller cannot correct by
   * changing its request.
   * @throws HttpError with status 409: A backup with the given id already exists, or another backup is
   * already running. The "already running" check is best-effort and node-local: it only observes backups
   * started by the gateway that serves the request. Two concurrent requests reaching different gateways are
   * narrowed by the duplicate-id check alone.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  takeHistoryBackup(
    input: OperationInput<'takeHistoryBackup'>,
    options?: CallOptions<OperationOutput<'takeHistoryBackup'>>,
  ): Promise<OperationOutput<'takeHistoryBackup'>> {
    return this.invoke('takeHistoryBackup', input, options);
  }

  /**
   * Take a history backup on one or every physical tenant
   *
   * Triggers a history backup on every physical tenant of the cluster, or on the one named by `physicalTenantId`. Every targeted tenant uses the same caller-supplied `backupId`, but the backups are independent: they are neither coordinated nor rolled back together.
   *
   * The request is all-or-nothing: the `backupId` is checked on every targeted tenant before any snapshot is scheduled, so a tenant that already holds this id, or that cannot be reached, fails the whole request and no backup is started anywhere. There is no aggregated cluster-level state in the response.
   *
   * Requires the cluster-admin security chain. Although this operation lists `bearerAuth` / `basicAuth` like the rest of the Orchestration Cluster API, it does not accept an Orchestration Cluster user's credentials — only the separate cluster-admin credentials are valid here. Only available on clusters whose secondary storage is Elasticsearch or OpenSearch. Use `POST /v2/backups/history` to act as a single physical tenant.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: The cluster's secondary storage is neither Elasticsearch nor
   * OpenSearch and therefore cannot serve history backups, or a targeted physical tenant's snapshot
   * repository is absent from the store — configured under a name the store does not have, or not configured
   * at all. Both are deployment faults the caller cannot correct by changing its request; narrow the request
   * with `physicalTenantId` to work with the tenants whose repository is usable. Unlike the
   * per-physical-tenant backup endpoints, the cluster-admin surface performs no fine-grained authorization,
   * so a missing `BACKUP` permission is never the reason.
   * @throws HttpError with status 404: The requested `physicalTenantId` does not exist in this cluster.
   * @throws HttpError with status 409: At least one targeted physical tenant already holds a backup with this
   * id, or already has another backup running. The check that precedes the fan-out normally rejects the
   * request before anything is scheduled; a tenant that takes the id in between rejects it during the fan-out
   * instead, which can leave snapshots behind on the tenants already reached, so delete this backup id before
   * retrying.
   * @throws HttpError with status 500: The backup could not be scheduled on every targeted physical tenant,
   * because one of them hit an internal error. The check that precedes the fan-out rejects the request before
   * anything is scheduled, but a failure during the fan-out itself can leave snapshots behind on the tenants
   * already reached, so delete this backup id before retrying.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  takeHistoryBackupAsClusterAdmin(
    input: OperationInput<'takeHistoryBackupAsClusterAdmin'>,
    options?: CallOptions<OperationOutput<'takeHistoryBackupAsClusterAdmin'>>,
  ): Promise<OperationOutput<'takeHistoryBackupAsClusterAdmin'>> {
    return this.invoke('takeHistoryBackupAsClusterAdmin', input, options);
  }

  /**
   * Take a runtime backup
   *
   * Triggers a backup of runtime data on all partitions of the physical tenant.
   *
   * The `backupId` must be omitted if continuous backups and/or a backup or checkpoint
   * schedule is enabled for the physical tenant, as the id is generated automatically.
   * Otherwise, `backupId` is required.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 409: A backup with the same or a higher id already exists.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   * @throws HttpError with status 504: The request from gateway to broker timed out.
   */
  takeRuntimeBackup(
    input?: OperationInput<'takeRuntimeBackup'>,
    options?: CallOptions<OperationOutput<'takeRuntimeBackup'>>,
  ): Promise<OperationOutput<'takeRuntimeBackup'>> {
    return this.invoke('takeRuntimeBackup', input, options);
  }

  /**
   * Take a runtime backup on one or every physical tenant
   *
   * Triggers a runtime backup on every physical tenant of the cluster, or on the one named by `physicalTenantId`. A cluster-wide backup is a set of independent per-tenant backups, not an atomic snapshot of the cluster: they are neither coordinated nor rolled back together, and each tenant stores its own, so the same `backupId` can be used for all of them.
   *
   * Every targeted physical tenant must be in the same backup-id mode. `backupId` must be omitted when every targeted tenant generates its own ids (because continuous backups and/or a backup or checkpoint schedule is enabled for it), and is required when none of them does. A cluster whose targeted tenants mix the two modes is rejected with 400 and has to be driven one tenant at a time through `POST /v2/backups/runtime`. In generated-id mode each tenant generates its own id, so the response reports an id per physical tenant rather than one for the cluster.
   *
   * The trigger is all-or-error, and never silent about a partial trigger: if any targeted tenant cannot be triggered the response carries an error status, but its body still lists every targeted tenant — which ones were triggered, under which `backupId` to monitor or delete them, and why the others failed. Nothing is rolled back, so the backups that were triggered keep running and have to be deleted explicitly. A request rejected before any tenant was triggered answers with a problem detail instead, and nothing is running.
   *
   * Requires the cluster-admin security chain. Although this operation lists `bearerAuth` / `basicAuth` like the rest of the Orchestration Cluster API, it does not accept an Orchestration Cluster user's credentials — only the separate cluster-admin credentials are valid here. Use `POST /v2/backups/runtime` to act as a single physical tenant.
   *
   * @throws HttpError with status 400: The request names a `backupId` while at least one targeted physical
   * tenant generates its own ids, or omits it while at least one does not, or the id is not a positive
   * number. No tenant was triggered. A targeted tenant that rejects the request as invalid during the fan-out
   * answers with the same status but the cluster body, listing the tenants that were triggered.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 404: The requested `physicalTenantId` does not exist in this cluster, so no
   * tenant was triggered.
   * @throws HttpError with status 409: At least one targeted physical tenant already holds a backup with this
   * id or a higher one. Backups are triggered without a preceding check, so the tenants that accepted the id
   * are listed in the body and keep running; delete them before retrying.
   * @throws HttpError with status 500: At least one targeted physical tenant could not be triggered, and the
   * failures do not agree on a single status. The body lists the tenants that were triggered and keep
   * running.
   * @throws HttpError with status 502: The connection to the broker was cut mid-flight on at least one
   * targeted physical tenant, which may or may not have accepted the request. Those tenants are reported as
   * `UNKNOWN` with the id to check them under, and the tenants that were triggered keep running.
   * @throws HttpError with status 503: At least one targeted physical tenant could not be reached. The body
   * lists the tenants that were triggered and keep running.
   * @throws HttpError with status 504: The request from gateway to broker timed out on at least one targeted
   * physical tenant, which may or may not have accepted it. Those tenants are reported as `UNKNOWN` with the
   * id to check them under, and the tenants that were triggered keep running.
   */
  takeRuntimeBackupAsClusterAdmin(
    input?: OperationInput<'takeRuntimeBackupAsClusterAdmin'>,
    options?: CallOptions<OperationOutput<'takeRuntimeBackupAsClusterAdmin'>>,
  ): Promise<OperationOutput<'takeRuntimeBackupAsClusterAdmin'>> {
    return this.invoke('takeRuntimeBackupAsClusterAdmin', input, options);
  }

  /**
   * Throw error for job
   *
   * Reports a business error (i.e. non-technical) that occurs while processing a job.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 404: The job with the given key was not found or is not activated.
   * @throws HttpError with status 409: The job with the given key is in the wrong state currently. More
   * details are provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  throwJobError(
    input: OperationInput<'throwJobError'>,
    options?: CallOptions<OperationOutput<'throwJobError'>>,
  ): Promise<OperationOutput<'throwJobError'>> {
    return this.invoke('throwJobError', input, options);
  }

  /**
   * Unassign a client from a group
   *
   * Unassigns a client from a group.
   * The client is removed as a group member, with associated authorizations, roles, and tenant assignments no longer applied.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The group with the given ID was not found, or the client is not
   * assigned to this group.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  unassignClientFromGroup(
    input: OperationInput<'unassignClientFromGroup'>,
    options?: CallOptions<OperationOutput<'unassignClientFromGroup'>>,
  ): Promise<OperationOutput<'unassignClientFromGroup'>> {
    return this.invoke('unassignClientFromGroup', input, options);
  }

  /**
   * Unassign a client from a tenant
   *
   * Unassigns the client from the specified tenant.
   * The client can no longer access tenant data.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The tenant does not exist or the client was not assigned to it.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  unassignClientFromTenant(
    input: OperationInput<'unassignClientFromTenant'>,
    options?: CallOptions<OperationOutput<'unassignClientFromTenant'>>,
  ): Promise<OperationOutput<'unassignClientFromTenant'>> {
    return this.invoke('unassignClientFromTenant', input, options);
  }

  /**
   * Unassign a group from a tenant
   *
   * Unassigns a group from a specified tenant.
   * Members of the group (users, clients) will no longer have access to the tenant's data - except they are assigned directly to the tenant.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Not found. The tenant or group was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  unassignGroupFromTenant(
    input: OperationInput<'unassignGroupFromTenant'>,
    options?: CallOptions<OperationOutput<'unassignGroupFromTenant'>>,
  ): Promise<OperationOutput<'unassignGroupFromTenant'>> {
    return this.invoke('unassignGroupFromTenant', input, options);
  }

  /**
   * Unassign a mapping rule from a group
   *
   * Unassigns a mapping rule from a group.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The group or mapping rule with the given ID was not found, or the
   * mapping rule is not assigned to this group.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  unassignMappingRuleFromGroup(
    input: OperationInput<'unassignMappingRuleFromGroup'>,
    options?: CallOptions<OperationOutput<'unassignMappingRuleFromGroup'>>,
  ): Promise<OperationOutput<'unassignMappingRuleFromGroup'>> {
    return this.invoke('unassignMappingRuleFromGroup', input, options);
  }

  /**
   * Unassign a mapping rule from a tenant
   *
   * Unassigns a single mapping rule from a specified tenant without deleting the rule.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Not found. The tenant or mapping rule was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  unassignMappingRuleFromTenant(
    input: OperationInput<'unassignMappingRuleFromTenant'>,
    options?: CallOptions<OperationOutput<'unassignMappingRuleFromTenant'>>,
  ): Promise<OperationOutput<'unassignMappingRuleFromTenant'>> {
    return this.invoke('unassignMappingRuleFromTenant', input, options);
  }

  /**
   * Unassign a role from a client
   *
   * Unassigns the specified role from the client. The client will no longer inherit the authorizations associated with this role.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The role or client with the given ID or username was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  unassignRoleFromClient(
    input: OperationInput<'unassignRoleFromClient'>,
    options?: CallOptions<OperationOutput<'unassignRoleFromClient'>>,
  ): Promise<OperationOutput<'unassignRoleFromClient'>> {
    return this.invoke('unassignRoleFromClient', input, options);
  }

  /**
   * Unassign a role from a group
   *
   * Unassigns the specified role from the group. All group members (user or client) no longer inherit the authorizations associated with this role.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The role or group with the given ID was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  unassignRoleFromGroup(
    input: OperationInput<'unassignRoleFromGroup'>,
    options?: CallOptions<OperationOutput<'unassignRoleFromGroup'>>,
  ): Promise<OperationOutput<'unassignRoleFromGroup'>> {
    return this.invoke('unassignRoleFromGroup', input, options);
  }

  /**
   * Unassign a role from a mapping rule
   *
   * Unassigns a role from a mapping rule.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The role or mapping rule with the given ID was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  unassignRoleFromMappingRule(
    input: OperationInput<'unassignRoleFromMappingRule'>,
    options?: CallOptions<OperationOutput<'unassignRoleFromMappingRule'>>,
  ): Promise<OperationOutput<'unassignRoleFromMappingRule'>> {
    return this.invoke('unassignRoleFromMappingRule', input, options);
  }

  /**
   * Unassign a role from a tenant
   *
   * Unassigns a role from a specified tenant.
   * Users, Clients or Groups, that have the role assigned, will no longer have access to the
   * tenant's data - unless they are assigned directly to the tenant.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Not found. The tenant or role was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  unassignRoleFromTenant(
    input: OperationInput<'unassignRoleFromTenant'>,
    options?: CallOptions<OperationOutput<'unassignRoleFromTenant'>>,
  ): Promise<OperationOutput<'unassignRoleFromTenant'>> {
    return this.invoke('unassignRoleFromTenant', input, options);
  }

  /**
   * Unassign a role from a user
   *
   * Unassigns a role from a user. The user will no longer inherit the authorizations associated with this role.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The role or user with the given ID or username was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  unassignRoleFromUser(
    input: OperationInput<'unassignRoleFromUser'>,
    options?: CallOptions<OperationOutput<'unassignRoleFromUser'>>,
  ): Promise<OperationOutput<'unassignRoleFromUser'>> {
    return this.invoke('unassignRoleFromUser', input, options);
  }

  /**
   * Unassign a user from a group
   *
   * Unassigns a user from a group.
   * The user is removed as a group member, with associated authorizations, roles, and tenant assignments no longer applied.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The group or user with the given ID was not found, or the user is not
   * assigned to this group.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  unassignUserFromGroup(
    input: OperationInput<'unassignUserFromGroup'>,
    options?: CallOptions<OperationOutput<'unassignUserFromGroup'>>,
  ): Promise<OperationOutput<'unassignUserFromGroup'>> {
    return this.invoke('unassignUserFromGroup', input, options);
  }

  /**
   * Unassign a user from a tenant
   *
   * Unassigns the user from the specified tenant.
   * The user can no longer access tenant data.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Not found. The tenant or user was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  unassignUserFromTenant(
    input: OperationInput<'unassignUserFromTenant'>,
    options?: CallOptions<OperationOutput<'unassignUserFromTenant'>>,
  ): Promise<OperationOutput<'unassignUserFromTenant'>> {
    return this.invoke('unassignUserFromTenant', input, options);
  }

  /**
   * Unassign user task
   *
   * Removes the assignee of a task with the given key. Unassignment waits for blocking task listeners on this lifecycle transition. If listener processing is delayed beyond the request timeout, this endpoint can return 504. Other gateway timeout causes are also possible. Retry with backoff and inspect listener worker availability and logs when this repeats.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 404: The user task with the given key was not found.
   * @throws HttpError with status 409: The user task with the given key is in the wrong state currently. More
   * details are provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   * @throws HttpError with status 504: The request timed out between the gateway and the broker. For these
   * endpoints, this often happens when user task listeners are configured and the corresponding listener job
   * is not completed within the request timeout. Common causes include no available job workers for the
   * listener type, busy or crashed job workers, or delayed job completion. As with any gateway timeout,
   * general timeout causes (for example transient network issues) can also result in a 504 response.
   * Troubleshooting: - verify that job workers for the listener type are running and healthy - check worker
   * logs for crashes, retries, and completion failures - check network connectivity between workers, gateway,
   * and broker - retry with backoff after transient failures - fail without retries if a problem persists
   */
  unassignUserTask(
    input: OperationInput<'unassignUserTask'>,
    options?: CallOptions<OperationOutput<'unassignUserTask'>>,
  ): Promise<OperationOutput<'unassignUserTask'>> {
    return this.invoke('unassignUserTask', input, options);
  }

  /**
   * Update agent instance
   *
   * Updates the mutable fields of an agent instance (status, metric counters, and
   * tools) and appends a batch of history items to its conversation history. Metric
   * values are treated as deltas and applied immediately to the aggregate counters.
   * Tool updates replace the existing tool list. Each history item created for this
   * request is echoed back in the response.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The agent instance with the given key was not found. More details are
   * provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  updateAgentInstance(
    input: OperationInput<'updateAgentInstance'>,
    options?: CallOptions<OperationOutput<'updateAgentInstance'>>,
  ): Promise<OperationOutput<'updateAgentInstance'>> {
    return this.invoke('updateAgentInstance', input, options);
  }

  /**
   * Update authorization
   *
   * Update the authorization with the given key.
   *
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 404: The authorization with the authorizationKey was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  updateAuthorization(
    input: OperationInput<'updateAuthorization'>,
    options?: CallOptions<OperationOutput<'updateAuthorization'>>,
  ): Promise<OperationOutput<'updateAuthorization'>> {
    return this.invoke('updateAuthorization', input, options);
  }

  /**
   * Update a global-scoped cluster variable
   *
   * Updates the value of an existing global cluster variable.
   * The variable must exist, otherwise a 404 error is returned.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Cluster variable not found
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  updateGlobalClusterVariable(
    input: OperationInput<'updateGlobalClusterVariable'>,
    options?: CallOptions<OperationOutput<'updateGlobalClusterVariable'>>,
  ): Promise<OperationOutput<'updateGlobalClusterVariable'>> {
    return this.invoke('updateGlobalClusterVariable', input, options);
  }

  /**
   * Update global user task listener
   *
   * Updates a global user task listener.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The global user task listener was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  updateGlobalTaskListener(
    input: OperationInput<'updateGlobalTaskListener'>,
    options?: CallOptions<OperationOutput<'updateGlobalTaskListener'>>,
  ): Promise<OperationOutput<'updateGlobalTaskListener'>> {
    return this.invoke('updateGlobalTaskListener', input, options);
  }

  /**
   * Update group
   *
   * Update a group with the given ID.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 404: The group with the given ID was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  updateGroup(
    input: OperationInput<'updateGroup'>,
    options?: CallOptions<OperationOutput<'updateGroup'>>,
  ): Promise<OperationOutput<'updateGroup'>> {
    return this.invoke('updateGroup', input, options);
  }

  /**
   * Update job
   *
   * Update a job with the given key.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 404: The job with the jobKey is not found.
   * @throws HttpError with status 409: The job with the given key is in the wrong state currently. More
   * details are provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  updateJob(
    input: OperationInput<'updateJob'>,
    options?: CallOptions<OperationOutput<'updateJob'>>,
  ): Promise<OperationOutput<'updateJob'>> {
    return this.invoke('updateJob', input, options);
  }

  /**
   * Update jobs (batch)
   *
   * Creates a batch operation to update jobs matching the given filter. At least one changeset field must be non-null. This is done asynchronously; the progress can be tracked using the batchOperationKey from the response and the batch operation status endpoint (/batch-operations/{batchOperationKey}).
   *
   * @throws HttpError with status 400: The job batch update operation failed. More details are provided in
   * the response body.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  updateJobsBatchOperation(
    input: OperationInput<'updateJobsBatchOperation'>,
    options?: CallOptions<OperationOutput<'updateJobsBatchOperation'>>,
  ): Promise<OperationOutput<'updateJobsBatchOperation'>> {
    return this.invoke('updateJobsBatchOperation', input, options);
  }

  /**
   * Update mapping rule
   *
   * Update a mapping rule.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: The request to update a mapping rule was denied. More details are
   * provided in the response body.
   * @throws HttpError with status 404: The request to update a mapping rule was denied.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  updateMappingRule(
    input: OperationInput<'updateMappingRule'>,
    options?: CallOptions<OperationOutput<'updateMappingRule'>>,
  ): Promise<OperationOutput<'updateMappingRule'>> {
    return this.invoke('updateMappingRule', input, options);
  }

  /**
   * Update role
   *
   * Update a role with the given ID.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 404: The role with the ID is not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  updateRole(
    input: OperationInput<'updateRole'>,
    options?: CallOptions<OperationOutput<'updateRole'>>,
  ): Promise<OperationOutput<'updateRole'>> {
    return this.invoke('updateRole', input, options);
  }

  /**
   * Update tenant
   *
   * Updates an existing tenant.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Not found. The tenant was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  updateTenant(
    input: OperationInput<'updateTenant'>,
    options?: CallOptions<OperationOutput<'updateTenant'>>,
  ): Promise<OperationOutput<'updateTenant'>> {
    return this.invoke('updateTenant', input, options);
  }

  /**
   * Update a tenant-scoped cluster variable
   *
   * Updates the value of an existing tenant-scoped cluster variable.
   * The variable must exist, otherwise a 404 error is returned.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 401: The request lacks valid authentication credentials.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: Cluster variable not found
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   */
  updateTenantClusterVariable(
    input: OperationInput<'updateTenantClusterVariable'>,
    options?: CallOptions<OperationOutput<'updateTenantClusterVariable'>>,
  ): Promise<OperationOutput<'updateTenantClusterVariable'>> {
    return this.invoke('updateTenantClusterVariable', input, options);
  }

  /**
   * Update user
   *
   * Updates a user.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 403: Forbidden. The request is not allowed.
   * @throws HttpError with status 404: The user was not found.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   */
  updateUser(
    input: OperationInput<'updateUser'>,
    options?: CallOptions<OperationOutput<'updateUser'>>,
  ): Promise<OperationOutput<'updateUser'>> {
    return this.invoke('updateUser', input, options);
  }

  /**
   * Update user task
   *
   * Update a user task with the given key. Updates wait for blocking task listeners on this lifecycle transition. If listener processing is delayed beyond the request timeout, this endpoint can return 504. Other gateway timeout causes are also possible. Retry with backoff and inspect listener worker availability and logs when this repeats.
   *
   * @throws HttpError with status 400: The provided data is not valid.
   * @throws HttpError with status 404: The user task with the given key was not found.
   * @throws HttpError with status 409: The user task with the given key is in the wrong state currently. More
   * details are provided in the response body.
   * @throws HttpError with status 500: An internal error occurred while processing the request.
   * @throws HttpError with status 503: The service is currently unavailable. This may happen only on some
   * requests where the system creates backpressure to prevent the server's compute resources from being
   * exhausted, avoiding more severe failures. In this case, the title of the error object contains
   * `RESOURCE_EXHAUSTED`. Clients are recommended to eventually retry those requests after a backoff period.
   * You can learn more about the backpressure mechanism here:
   * https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure .
   * @throws HttpError with status 504: The request timed out between the gateway and the broker. For these
   * endpoints, this often happens when user task listeners are configured and the corresponding listener job
   * is not completed within the request timeout. Common causes include no available job workers for the
   * listener type, busy or crashed job workers, or delayed job completion. As with any gateway timeout,
   * general timeout causes (for example transient network issues) can also result in a 504 response.
   * Troubleshooting: - verify that job workers for the listener type are running and healthy - check worker
   * logs for crashes, retries, and completion failures - check network connectivity between workers, gateway,
   * and broker - retry with backoff after transient failures - fail without retries if a problem persists
   */
  updateUserTask(
    input: OperationInput<'updateUserTask'>,
    options?: CallOptions<OperationOutput<'updateUserTask'>>,
  ): Promise<OperationOutput<'updateUserTask'>> {
    return this.invoke('updateUserTask', input, options);
  }
}
