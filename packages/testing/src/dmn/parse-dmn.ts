import { DmnModdle, type DmnModdleElement } from 'dmn-moddle';
import { evaluate, SyntaxError as FeelSyntaxError, unaryTest } from 'feelin';
import { deploymentRejected } from '../handlers/handler-support.js';
import type { TestEngineError } from '../test-engine-error.js';
import type {
  CollectAggregation,
  DecisionInputModel,
  DecisionModel,
  DecisionOutputModel,
  DecisionRequirementsModel,
  DecisionRuleModel,
  DecisionTableModel,
  HitPolicy,
  LiteralExpressionModel,
} from './dmn-model.js';

const HIT_POLICIES = new Set<HitPolicy>([
  'UNIQUE',
  'FIRST',
  'PRIORITY',
  'ANY',
  'COLLECT',
  'RULE ORDER',
  'OUTPUT ORDER',
]);
const AGGREGATIONS = new Set<CollectAggregation>(['SUM', 'MIN', 'MAX', 'COUNT']);

const moddle = new DmnModdle();

// dmn-moddle reads DMN 1.3. Decision tables and literal expressions are written the same way in DMN 1.1, 1.2, 1.4
// and 1.5, so those namespaces are read as 1.3 (Camunda accepts all of them).
const DMN13 = 'https://www.omg.org/spec/DMN/20191111/MODEL/';
const OTHER_DMN_NAMESPACES = [
  'http://www.omg.org/spec/DMN/20151101/dmn.xsd',
  'http://www.omg.org/spec/DMN/20180521/MODEL/',
  'https://www.omg.org/spec/DMN/20211108/MODEL/',
  'https://www.omg.org/spec/DMN/20230324/MODEL/',
];

function asDmn13(xml: string): string {
  let out = xml;
  for (const ns of OTHER_DMN_NAMESPACES) out = out.replaceAll(`"${ns}"`, `"${DMN13}"`);
  return out;
}

/** A DMN resource the engine rejects at deployment; answered 400 with the message. */
function rejected(resourceName: string, message: string): TestEngineError {
  return deploymentRejected(`Resource '${resourceName}': ${message}`);
}

function list(value: unknown): DmnModdleElement[] {
  return Array.isArray(value) ? (value as DmnModdleElement[]) : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Parses DMN XML (DMN 1.1 to 1.5 namespaces) with dmn-moddle into a decision requirements graph. Decision tables
 * (every hit policy) and literal expressions are supported; other decision logic, unknown required decisions,
 * cycles and FEEL syntax errors reject the resource with a message naming the decision.
 */
export async function parseDmn(xml: string, resourceName: string): Promise<DecisionRequirementsModel> {
  let root: DmnModdleElement;
  try {
    const result = await moddle.fromXML(asDmn13(xml), 'dmn:Definitions');
    root = result.rootElement;
    const fatal = result.warnings.find((w) => /unparsable|unresolved reference/i.test(w.message));
    if (fatal !== undefined) throw new Error(fatal.message);
  } catch (error) {
    throw rejected(resourceName, `not valid DMN: ${(error as Error).message}`);
  }
  if (root.$type !== 'dmn:Definitions' || typeof root.id !== 'string' || root.id === '') {
    throw rejected(resourceName, 'not a DMN definitions document with an id');
  }
  const decisions = list(root.drgElement)
    .filter((el) => el.$type === 'dmn:Decision')
    .map((el) => compileDecision(el, resourceName));
  if (decisions.length === 0) throw rejected(resourceName, 'contains no decision');
  const ids = new Set<string>();
  for (const d of decisions) {
    if (ids.has(d.id)) throw rejected(resourceName, `the decision id '${d.id}' is used twice`);
    ids.add(d.id);
  }
  for (const d of decisions) {
    for (const required of d.requiredDecisionIds) {
      if (!ids.has(required)) {
        throw rejected(
          resourceName,
          `decision '${d.id}' requires the decision '${required}', which does not exist`,
        );
      }
    }
  }
  checkAcyclic(decisions, resourceName);
  return { id: root.id, name: text(root.name) || root.id, decisions };
}

function compileDecision(el: DmnModdleElement, resourceName: string): DecisionModel {
  const id = el.id ?? '';
  if (id === '') throw rejected(resourceName, 'a decision has no id');
  const requiredDecisionIds = list(el.informationRequirement).flatMap((req) => {
    const ref = req.requiredDecision as DmnModdleElement | undefined;
    const href = typeof ref?.href === 'string' ? ref.href : '';
    return href === '' ? [] : [href.startsWith('#') ? href.slice(1) : href];
  });
  const logic = el.decisionLogic as DmnModdleElement | undefined;
  let compiled: DecisionTableModel | LiteralExpressionModel;
  if (logic?.$type === 'dmn:DecisionTable') compiled = compileTable(id, logic, resourceName);
  else if (logic?.$type === 'dmn:LiteralExpression') {
    const expression = text(logic.text);
    checkExpression(expression, `decision '${id}'`, resourceName);
    compiled = { kind: 'LITERAL_EXPRESSION', expression };
  } else {
    throw rejected(
      resourceName,
      `decision '${id}' uses ${logic === undefined ? 'no decision logic' : `'${logic.$type}'`}; the test engine supports decision tables and literal expressions`,
    );
  }
  const variable = el.variable as DmnModdleElement | undefined;
  return {
    id,
    name: text(el.name) || id,
    versionTag: versionTagOf(el),
    resultName: text(variable?.name) || id,
    requiredDecisionIds,
    logic: compiled,
  };
}

/** Zeebe reads a decision's version tag from `<zeebe:versionTag value="…"/>` in its extension elements. */
function versionTagOf(el: DmnModdleElement): string | undefined {
  const extensions = el.extensionElements as DmnModdleElement | undefined;
  const tag = list(extensions?.values).find((v) => v.$type.toLowerCase() === 'zeebe:versiontag');
  const value = text(tag?.value);
  return value === '' ? undefined : value;
}

function compileTable(decisionId: string, table: DmnModdleElement, resourceName: string): DecisionTableModel {
  const where = `decision '${decisionId}'`;
  const hitPolicy = (typeof table.hitPolicy === 'string' ? table.hitPolicy : 'UNIQUE') as HitPolicy;
  if (!HIT_POLICIES.has(hitPolicy))
    throw rejected(resourceName, `${where} has the unknown hit policy '${hitPolicy}'`);
  const rawAggregation = typeof table.aggregation === 'string' ? table.aggregation : undefined;
  if (rawAggregation !== undefined && !AGGREGATIONS.has(rawAggregation as CollectAggregation)) {
    throw rejected(resourceName, `${where} has the unknown aggregation '${rawAggregation}'`);
  }
  if (rawAggregation !== undefined && hitPolicy !== 'COLLECT') {
    throw rejected(resourceName, `${where}: an aggregation needs the hit policy COLLECT, not ${hitPolicy}`);
  }
  const aggregation = rawAggregation as CollectAggregation | undefined;
  const inputs: DecisionInputModel[] = list(table.input).map((input, i) => {
    const expr = input.inputExpression as DmnModdleElement | undefined;
    const expression = text(expr?.text);
    checkExpression(expression, `${where}, input ${i + 1}`, resourceName);
    return {
      id: input.id ?? `input_${i + 1}`,
      name: text(input.label) || expression || (input.id ?? `input_${i + 1}`),
      expression,
    };
  });
  const rawOutputs = list(table.output);
  if (rawOutputs.length === 0) throw rejected(resourceName, `${where} has no output`);
  const outputs: DecisionOutputModel[] = rawOutputs.map((output, i) => {
    const name = text(output.name);
    if (name === '' && rawOutputs.length > 1) {
      throw rejected(
        resourceName,
        `${where}: output ${i + 1} needs a name, as the table has several outputs`,
      );
    }
    const values = output.outputValues as DmnModdleElement | undefined;
    return {
      id: output.id ?? `output_${i + 1}`,
      name: name || text(output.label) || (output.id ?? `output_${i + 1}`),
      priorities: splitList(text(values?.text)),
    };
  });
  if (aggregation !== undefined && outputs.length > 1) {
    throw rejected(resourceName, `${where}: COLLECT with ${aggregation} needs exactly one output`);
  }
  const rules: DecisionRuleModel[] = list(table.rule).map((rule, i) => {
    const ruleWhere = `${where}, rule ${i + 1}`;
    const inputEntries = list(rule.inputEntry).map((e) => text(e.text));
    const outputEntries = list(rule.outputEntry).map((e) => text(e.text));
    if (inputEntries.length !== inputs.length || outputEntries.length !== outputs.length) {
      throw rejected(
        resourceName,
        `${ruleWhere} has ${inputEntries.length} input and ${outputEntries.length} output entries; the table has ${inputs.length} and ${outputs.length}`,
      );
    }
    for (const entry of inputEntries) checkUnaryTests(entry, ruleWhere, resourceName);
    for (const entry of outputEntries) checkExpression(entry, ruleWhere, resourceName);
    return { id: rule.id ?? `rule_${i + 1}`, index: i + 1, inputEntries, outputEntries };
  });
  return { kind: 'DECISION_TABLE', hitPolicy, aggregation, inputs, outputs, rules };
}

/** Splits an `outputValues` list (`"high","medium","low"`) at top-level commas. */
function splitList(source: string): string[] {
  if (source === '') return [];
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of source) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  parts.push(current.trim());
  return parts.filter((p) => p !== '');
}

function checkExpression(expression: string, where: string, resourceName: string): void {
  if (expression === '') return;
  try {
    evaluate(expression, {});
  } catch (error) {
    if (error instanceof FeelSyntaxError) {
      throw rejected(resourceName, `${where}: '${expression}' is not valid FEEL: ${error.message}`);
    }
  }
}

function checkUnaryTests(entry: string, where: string, resourceName: string): void {
  if (entry === '' || entry === '-') return;
  try {
    unaryTest(entry, { '?': null });
  } catch (error) {
    if (error instanceof FeelSyntaxError) {
      throw rejected(resourceName, `${where}: '${entry}' is not a valid FEEL unary test: ${error.message}`);
    }
  }
}

function checkAcyclic(decisions: readonly DecisionModel[], resourceName: string): void {
  const byId = new Map(decisions.map((d) => [d.id, d]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (d: DecisionModel, path: string[]) => {
    const s = state.get(d.id);
    if (s === 'done') return;
    if (s === 'visiting') {
      throw rejected(resourceName, `the required decisions form a cycle: ${[...path, d.id].join(' → ')}`);
    }
    state.set(d.id, 'visiting');
    for (const id of d.requiredDecisionIds) visit(byId.get(id) as DecisionModel, [...path, d.id]);
    state.set(d.id, 'done');
  };
  for (const d of decisions) visit(d, []);
}
