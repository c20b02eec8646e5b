import { describe, expect, it } from 'vitest';
import { evaluateDrg } from '../../src/dmn/evaluate-drg.js';
import { parseDmn } from '../../src/dmn/parse-dmn.js';
import type { JsonObject } from '../../src/feel/json-value.js';

const NS = 'https://www.omg.org/spec/DMN/20191111/MODEL/';

interface TableSpec {
  readonly hitPolicy?: string;
  readonly aggregation?: string;
  readonly inputs: readonly string[];
  readonly outputs: ReadonlyArray<{ name: string; values?: string }>;
  /** Per rule: input entries then output entries. */
  readonly rules: ReadonlyArray<readonly [readonly string[], readonly string[]]>;
}

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function table(id: string, spec: TableSpec): string {
  const attrs = `${spec.hitPolicy === undefined ? '' : ` hitPolicy="${spec.hitPolicy}"`}${spec.aggregation === undefined ? '' : ` aggregation="${spec.aggregation}"`}`;
  const inputs = spec.inputs
    .map(
      (expr, i) =>
        `<input id="${id}_in${i + 1}" label="In ${i + 1}"><inputExpression id="${id}_ie${i + 1}"><text>${esc(expr)}</text></inputExpression></input>`,
    )
    .join('');
  const outputs = spec.outputs
    .map(
      (o, i) =>
        `<output id="${id}_out${i + 1}" name="${o.name}">${o.values === undefined ? '' : `<outputValues><text>${esc(o.values)}</text></outputValues>`}</output>`,
    )
    .join('');
  const rules = spec.rules
    .map(
      ([ins, outs], r) =>
        `<rule id="${id}_r${r + 1}">${ins.map((t, i) => `<inputEntry id="${id}_r${r + 1}_i${i}"><text>${esc(t)}</text></inputEntry>`).join('')}${outs.map((t, i) => `<outputEntry id="${id}_r${r + 1}_o${i}"><text>${esc(t)}</text></outputEntry>`).join('')}</rule>`,
    )
    .join('');
  return `<decisionTable id="${id}_table"${attrs}>${inputs}${outputs}${rules}</decisionTable>`;
}

function dmn(decisions: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><definitions xmlns="${NS}" id="drg" name="DRG" namespace="test">${decisions}</definitions>`;
}

async function evalTable(spec: TableSpec, variables: JsonObject) {
  const model = await parseDmn(dmn(`<decision id="d" name="D">${table('d', spec)}</decision>`), 'd.dmn');
  return evaluateDrg(model, 'd', variables);
}

const amounts: TableSpec['rules'] = [
  [['< 100'], ['"small"']],
  [['< 1000'], ['"medium"']],
  [['-'], ['"any"']],
];

describe('decision tables', () => {
  it('UNIQUE: the one matching rule, null when none, a failure when several match', async () => {
    const spec: TableSpec = {
      hitPolicy: 'UNIQUE',
      inputs: ['season'],
      outputs: [{ name: 'dish' }],
      rules: [
        [['"Fall"'], ['"Spareribs"']],
        [['"Winter"'], ['"Roastbeef"']],
        [['"Winter", "Spring"'], ['"Stew"']],
      ],
    };
    const one = await evalTable(spec, { season: 'Fall' });
    expect(one.failure).toBeUndefined();
    expect(one.output).toBe('Spareribs');
    expect(one.decisions[0]?.matchedRules).toEqual([
      {
        ruleId: 'd_r1',
        ruleIndex: 1,
        outputs: [{ outputId: 'd_out1', outputName: 'dish', value: 'Spareribs' }],
      },
    ]);
    expect(one.decisions[0]?.evaluatedInputs).toEqual([
      { inputId: 'd_in1', inputName: 'In 1', value: 'Fall' },
    ]);
    expect((await evalTable(spec, { season: 'Summer' })).output).toBeNull();
    const several = await evalTable(spec, { season: 'Winter' });
    expect(several.failure?.decisionId).toBe('d');
    expect(several.failure?.message).toContain('UNIQUE');
    expect(several.output).toBeNull();
  });

  it('UNIQUE is the default hit policy', async () => {
    const res = await evalTable({ inputs: ['x'], outputs: [{ name: 'y' }], rules: amounts }, { x: 5 });
    expect(res.failure?.message).toContain('UNIQUE');
  });

  it('FIRST: the first matching rule in table order', async () => {
    const res = await evalTable(
      { hitPolicy: 'FIRST', inputs: ['x'], outputs: [{ name: 'y' }], rules: amounts },
      { x: 500 },
    );
    expect(res.output).toBe('medium');
    expect(res.decisions[0]?.matchedRules.map((r) => r.ruleIndex)).toEqual([2]);
  });

  it('ANY: the shared output of all matches, a failure when they differ', async () => {
    const spec: TableSpec = {
      hitPolicy: 'ANY',
      inputs: ['x'],
      outputs: [{ name: 'ok' }],
      rules: [
        [['> 0'], ['true']],
        [['> 10'], ['true']],
        [['> 100'], ['false']],
      ],
    };
    const same = await evalTable(spec, { x: 50 });
    expect(same.output).toBe(true);
    expect(same.decisions[0]?.matchedRules.map((r) => r.ruleIndex)).toEqual([1, 2]);
    const differ = await evalTable(spec, { x: 500 });
    expect(differ.failure?.message).toContain('ANY');
  });

  it('PRIORITY: the match whose output ranks highest in the output values', async () => {
    const spec: TableSpec = {
      hitPolicy: 'PRIORITY',
      inputs: ['x'],
      outputs: [{ name: 'level', values: '"high","medium","low"' }],
      rules: [
        [['> 0'], ['"low"']],
        [['> 10'], ['"high"']],
        [['> 5'], ['"medium"']],
      ],
    };
    const res = await evalTable(spec, { x: 20 });
    expect(res.output).toBe('high');
    expect(res.decisions[0]?.matchedRules.map((r) => r.ruleIndex)).toEqual([2]);
    expect((await evalTable(spec, { x: 7 })).output).toBe('medium');
  });

  it('RULE ORDER: every match, in rule order', async () => {
    const res = await evalTable(
      { hitPolicy: 'RULE ORDER', inputs: ['x'], outputs: [{ name: 'y' }], rules: amounts },
      { x: 50 },
    );
    expect(res.output).toEqual(['small', 'medium', 'any']);
    expect(
      (
        await evalTable(
          { hitPolicy: 'RULE ORDER', inputs: ['x'], outputs: [{ name: 'y' }], rules: [[['< 0'], ['1']]] },
          { x: 5 },
        )
      ).output,
    ).toEqual([]);
  });

  it('OUTPUT ORDER: every match, by output priority', async () => {
    const res = await evalTable(
      {
        hitPolicy: 'OUTPUT ORDER',
        inputs: ['x'],
        outputs: [{ name: 'level', values: '"high","medium","low"' }],
        rules: [
          [['> 0'], ['"low"']],
          [['> 10'], ['"high"']],
          [['> 5'], ['"medium"']],
        ],
      },
      { x: 20 },
    );
    expect(res.output).toEqual(['high', 'medium', 'low']);
    expect(res.decisions[0]?.matchedRules.map((r) => r.ruleIndex)).toEqual([2, 3, 1]);
  });

  describe('COLLECT', () => {
    const fees: TableSpec['rules'] = [
      [['> 0'], ['10']],
      [['> 100'], ['25']],
      [['> 1000'], ['100']],
    ];
    const collect = (aggregation: string | undefined, x: number) =>
      evalTable(
        {
          hitPolicy: 'COLLECT',
          ...(aggregation === undefined ? {} : { aggregation }),
          inputs: ['x'],
          outputs: [{ name: 'fee' }],
          rules: fees,
        },
        { x },
      );
    it('without aggregation: the list of outputs', async () => {
      expect((await collect(undefined, 500)).output).toEqual([10, 25]);
    });
    it('SUM, MIN, MAX and COUNT aggregate the matches', async () => {
      expect((await collect('SUM', 5000)).output).toBe(135);
      expect((await collect('MIN', 5000)).output).toBe(10);
      expect((await collect('MAX', 5000)).output).toBe(100);
      expect((await collect('COUNT', 500)).output).toBe(2);
      const sum = await collect('SUM', 500);
      expect(sum.decisions[0]?.matchedRules.map((r) => r.ruleIndex)).toEqual([1, 2]);
    });
    it('with no match: COUNT is 0, the others null', async () => {
      expect((await collect('COUNT', -1)).output).toBe(0);
      expect((await collect('SUM', -1)).output).toBeNull();
    });
    it('SUM over text is a failure', async () => {
      const res = await evalTable(
        {
          hitPolicy: 'COLLECT',
          aggregation: 'SUM',
          inputs: ['x'],
          outputs: [{ name: 'y' }],
          rules: [[['-'], ['"a"']]],
        },
        { x: 1 },
      );
      expect(res.failure?.message).toContain('SUM');
    });
  });

  it('several outputs make an object per match; empty output entries are null', async () => {
    const res = await evalTable(
      {
        hitPolicy: 'RULE ORDER',
        inputs: ['x', 'y'],
        outputs: [{ name: 'a' }, { name: 'b' }],
        rules: [
          [
            ['>= 1', '"yes"'],
            ['x * 2', ''],
          ],
          [
            ['-', '-'],
            ['0', '"fallback"'],
          ],
        ],
      },
      { x: 3, y: 'yes' },
    );
    expect(res.output).toEqual([
      { a: 6, b: null },
      { a: 0, b: 'fallback' },
    ]);
    expect(res.decisions[0]?.evaluatedInputs.map((i) => i.value)).toEqual([3, 'yes']);
  });

  it('unary tests see the other variables and compare dates', async () => {
    const res = await evalTable(
      {
        hitPolicy: 'FIRST',
        inputs: ['date(due)'],
        outputs: [{ name: 'late' }],
        rules: [
          [['< date(today)'], ['true']],
          [['-'], ['false']],
        ],
      },
      { due: '2020-01-01', today: '2021-01-01' },
    );
    expect(res.output).toBe(true);
    expect(res.decisions[0]?.evaluatedInputs[0]?.value).toBe('2020-01-01');
  });
});

describe('literal expressions and required decisions', () => {
  const drg = dmn(`
    <decision id="season" name="Season"><variable name="season" /><literalExpression id="le1"><text>if month &lt; 3 then "Winter" else "Fall"</text></literalExpression></decision>
    <decision id="guests" name="Guests"><literalExpression id="le2"><text>count(names)</text></literalExpression></decision>
    <decision id="dish" name="Dish">
      <informationRequirement id="ir1"><requiredDecision href="#season" /></informationRequirement>
      <informationRequirement id="ir2"><requiredDecision href="#guests" /></informationRequirement>
      ${table('dish', {
        hitPolicy: 'FIRST',
        inputs: ['season', 'guests'],
        outputs: [{ name: 'dish' }],
        rules: [
          [['"Winter"', '> 2'], ['"Stew"']],
          [['"Winter"', '-'], ['"Roastbeef"']],
          [['-', '-'], ['"Salad"']],
        ],
      })}
    </decision>`);

  it('evaluates a literal expression', async () => {
    const model = await parseDmn(drg, 'drg.dmn');
    const res = evaluateDrg(model, 'season', { month: 1 });
    expect(res.output).toBe('Winter');
    expect(res.decisions).toHaveLength(1);
    expect(res.decisions[0]?.matchedRules).toEqual([]);
  });

  it('evaluates required decisions first and passes their results on', async () => {
    const model = await parseDmn(drg, 'drg.dmn');
    const res = evaluateDrg(model, 'dish', { month: 1, names: ['a', 'b', 'c'] });
    expect(res.output).toBe('Stew');
    expect(res.decisions.map((d) => [d.decision.id, d.output])).toEqual([
      ['season', 'Winter'],
      ['guests', 3],
      ['dish', 'Stew'],
    ]);
  });

  it('a failing required decision fails the evaluation and names the decision', async () => {
    const model = await parseDmn(
      dmn(`
      <decision id="a" name="A">${table('a', {
        inputs: ['x'],
        outputs: [{ name: 'y' }],
        rules: [
          [['-'], ['1']],
          [['-'], ['2']],
        ],
      })}</decision>
      <decision id="b" name="B"><informationRequirement id="ir"><requiredDecision href="#a" /></informationRequirement><literalExpression id="le"><text>a + 1</text></literalExpression></decision>`),
      'fail.dmn',
    );
    const res = evaluateDrg(model, 'b', { x: 1 });
    expect(res.failure?.decisionId).toBe('a');
    expect(res.decisions.map((d) => d.decision.id)).toEqual(['a']);
  });
});

describe('parsing', () => {
  it('reads the DMN 1.1, 1.2, 1.4 and 1.5 namespaces as well as 1.3', async () => {
    for (const ns of [
      'http://www.omg.org/spec/DMN/20151101/dmn.xsd',
      'http://www.omg.org/spec/DMN/20180521/MODEL/',
      'https://www.omg.org/spec/DMN/20211108/MODEL/',
      'https://www.omg.org/spec/DMN/20230324/MODEL/',
    ]) {
      const xml = dmn(
        '<decision id="x" name="X"><literalExpression id="l"><text>1 + 1</text></literalExpression></decision>',
      ).replace(NS, ns);
      const model = await parseDmn(xml, 'old.dmn');
      expect(evaluateDrg(model, 'x', {}).output, ns).toBe(2);
    }
  });

  const reject = async (xml: string, expected: string) => {
    await expect(parseDmn(xml, 'bad.dmn')).rejects.toThrow(expected);
  };
  it('rejects what it cannot evaluate, naming the decision', async () => {
    await reject('<definitions', 'not valid DMN');
    await reject(dmn('<decision id="x"><context id="c" /></decision>'), "decision 'x'");
    await reject(
      dmn(
        '<decision id="x"><informationRequirement id="i"><requiredDecision href="#nope" /></informationRequirement><literalExpression id="l"><text>1</text></literalExpression></decision>',
      ),
      "'nope'",
    );
    await reject(
      dmn(
        '<decision id="a"><informationRequirement id="i1"><requiredDecision href="#b" /></informationRequirement><literalExpression id="l1"><text>1</text></literalExpression></decision><decision id="b"><informationRequirement id="i2"><requiredDecision href="#a" /></informationRequirement><literalExpression id="l2"><text>1</text></literalExpression></decision>',
      ),
      'cycle',
    );
    await reject(
      dmn('<decision id="x"><literalExpression id="l"><text>1 +</text></literalExpression></decision>'),
      'not valid FEEL',
    );
    await reject(
      dmn(
        `<decision id="x">${table('x', { hitPolicy: 'FIRST', aggregation: 'SUM', inputs: ['a'], outputs: [{ name: 'b' }], rules: [] })}</decision>`,
      ),
      'COLLECT',
    );
  });
});
