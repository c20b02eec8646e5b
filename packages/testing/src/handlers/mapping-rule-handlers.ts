import { toMappingRuleResult } from '../api/identity-results.js';
import type { IdentityState } from '../engine/identity-state.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { runSearch } from '../search/search-query.js';
import { bodyObject, notFoundBy, searchResponse } from './handler-support.js';
import { mappingRuleDescriptor } from './identity-descriptors.js';
import { alreadyExists, idParam, missing, requiredString } from './identity-support.js';

/** Mapping rules: create, read, update, delete, search. */
export function mappingRuleHandlers(identity: IdentityState): HandlerTable {
  const descriptor = mappingRuleDescriptor(identity);
  return {
    createMappingRule(req) {
      const b = bodyObject(req.body);
      const mappingRuleId = requiredString(b, 'mappingRuleId');
      const claimName = requiredString(b, 'claimName');
      const claimValue = requiredString(b, 'claimValue');
      const name = requiredString(b, 'name');
      if (identity.mappingRules.byClaim(claimName, claimValue) !== undefined) {
        throw alreadyExists(
          'CREATE',
          `Expected to create mapping rule with claimName '${claimName}' and claimValue '${claimValue}', but a mapping rule with this claim already exists.`,
        );
      }
      if (identity.mappingRules.get(mappingRuleId) !== undefined) {
        throw alreadyExists(
          'CREATE',
          `Expected to create mapping rule with id '${mappingRuleId}', but a mapping rule with this id already exists.`,
        );
      }
      const rule = identity.mappingRules.create({ mappingRuleId, claimName, claimValue, name });
      return { status: 201, body: toMappingRuleResult(rule) };
    },
    searchMappingRule(req) {
      const { items, page } = runSearch(descriptor, req.body);
      return searchResponse(items.map(toMappingRuleResult), page);
    },
    getMappingRule(req) {
      const id = idParam(req.params, 'mappingRuleId');
      const rule = identity.mappingRules.get(id);
      if (rule === undefined) throw notFoundBy('Mapping Rule', 'id', id);
      return { status: 200, body: toMappingRuleResult(rule) };
    },
    updateMappingRule(req) {
      const id = idParam(req.params, 'mappingRuleId');
      const rule = identity.mappingRules.get(id);
      if (rule === undefined) {
        throw missing(
          'UPDATE',
          `Expected to update mapping rule with id '${id}', but a mapping rule with this id does not exist.`,
        );
      }
      const b = bodyObject(req.body);
      const claimName = requiredString(b, 'claimName');
      const claimValue = requiredString(b, 'claimValue');
      const other = identity.mappingRules.byClaim(claimName, claimValue);
      if (other !== undefined && other !== rule) {
        throw alreadyExists(
          'UPDATE',
          `Expected to update mapping rule with claimName '${claimName}' and claimValue '${claimValue}', but a mapping rule with this claim already exists.`,
        );
      }
      rule.claimName = claimName;
      rule.claimValue = claimValue;
      rule.name = requiredString(b, 'name');
      return { status: 200, body: toMappingRuleResult(rule) };
    },
    deleteMappingRule(req) {
      const id = idParam(req.params, 'mappingRuleId');
      if (!identity.mappingRules.delete(id)) {
        throw missing(
          'DELETE',
          `Expected to delete mapping rule with id '${id}', but a mapping rule with this id does not exist.`,
        );
      }
      identity.memberships.forget('MAPPING_RULE', id);
      identity.authorizations.deleteOwnedBy('MAPPING_RULE', id);
      return { status: 204 };
    },
  };
}
