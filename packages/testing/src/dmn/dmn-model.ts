/** Hit policies of a decision table, as DMN names them. */
export type HitPolicy = 'UNIQUE' | 'FIRST' | 'PRIORITY' | 'ANY' | 'COLLECT' | 'RULE ORDER' | 'OUTPUT ORDER';

/** The aggregation of a `COLLECT` table. */
export type CollectAggregation = 'SUM' | 'MIN' | 'MAX' | 'COUNT';

/** One input column: its FEEL expression and the label results name it by. */
export interface DecisionInputModel {
  readonly id: string;
  readonly name: string;
  /** FEEL expression; an empty one evaluates to null. */
  readonly expression: string;
}

/** One output column; `priorities` (its `outputValues`, highest first) order PRIORITY and OUTPUT ORDER hits. */
export interface DecisionOutputModel {
  readonly id: string;
  readonly name: string;
  /** The unary-test texts of `outputValues`, highest priority first; empty when the column has none. */
  readonly priorities: readonly string[];
}

/** A table row: one unary test per input (`''` or `-` matches anything), one FEEL expression per output. */
export interface DecisionRuleModel {
  readonly id: string;
  /** 1-based position of the rule in the table, as Camunda reports it. */
  readonly index: number;
  readonly inputEntries: readonly string[];
  readonly outputEntries: readonly string[];
}

/** A decision table. */
export interface DecisionTableModel {
  readonly kind: 'DECISION_TABLE';
  readonly hitPolicy: HitPolicy;
  readonly aggregation: CollectAggregation | undefined;
  readonly inputs: readonly DecisionInputModel[];
  readonly outputs: readonly DecisionOutputModel[];
  readonly rules: readonly DecisionRuleModel[];
}

/** A literal FEEL expression. */
export interface LiteralExpressionModel {
  readonly kind: 'LITERAL_EXPRESSION';
  readonly expression: string;
}

/** One decision of a decision requirements graph. */
export interface DecisionModel {
  readonly id: string;
  readonly name: string;
  /** The `zeebe:versionTag` of the decision's extension elements (a `versionTag` binding resolves it). */
  readonly versionTag: string | undefined;
  /** The name the decision's result is visible under in decisions that require it (its variable, else its id). */
  readonly resultName: string;
  /** Ids of the decisions this one requires, in document order. */
  readonly requiredDecisionIds: readonly string[];
  readonly logic: DecisionTableModel | LiteralExpressionModel;
}

/** A parsed DMN resource: a decision requirements graph (DRG). */
export interface DecisionRequirementsModel {
  /** The `definitions` id. */
  readonly id: string;
  /** The `definitions` name (the id when unnamed). */
  readonly name: string;
  readonly decisions: readonly DecisionModel[];
}
