// A rule that names its inputs is run once per different set of input cells, and every other row
// alike in those cells is told the same (rules/memo.ts). That is only right if the rule reads no
// other column, itself or through the row's facts. These tests hold every rule to its word, on
// sample rounds with every kind of flaw the generator makes.
import { hunan2022 } from '../../../src/core/pack';
import { readSubmissions } from '../../../src/core/read';
import { cellCodes, fieldOf } from '../../../src/core/read/applications';
import { buildContext, runRules } from '../../../src/core/rules';
import { deriveFacts, FACT_COLUMNS } from '../../../src/core/rules/facts';
import { atRow } from '../../../src/core/rules/memo';
import { decisionRules, rowRules } from '../../../src/core/rules';
import type { RowFacts } from '../../../src/core/rules/types';
import { generateSample } from '../../../src/core/sample';
import type { RulePack } from '../../../src/core/pack/schema';
import type { Application, Finding, ReadField, WorkbookInput } from '../../../src/core/types';

// The 2022 guide sets one completion deadline for all; here one category has its own, so that
// what a row's category does to its deadline is tried too.
const pack: RulePack = {
  ...hunan2022,
  categories: hunan2022.categories.map((c) => (c.code === '3.1.1' ? { ...c, completionDeadline: '2022-09-30' } : c)),
};

/**
 * A sample round with more of what the generator seldom makes: lead units (of other types than
 * the unit), empty 单位类型 and joint applications, so that every column a fact is made from varies.
 */
function sampleRound(seed: number, rows: number): WorkbookInput {
  const input = generateSample(pack, { rows, seed });
  const [sheet] = input.sheets;
  const header = sheet.rows.findIndex((row) => row.includes('牵头单位'));
  const at = (title: string) => sheet.rows[header].indexOf(title);
  const units = sheet.rows.slice(header + 1).map((row) => row[at('申报单位')]).filter(Boolean);
  sheet.rows.forEach((row, r) => {
    if (r <= header || !row[at('申报单位')]) return;
    if (r % 5 === 0) row[at('牵头单位')] = units[(r * 7) % units.length];
    if (r % 7 === 0) row[at('单位类型')] = null;
    if (r % 9 === 0) row[at('联合申报')] = '是';
  });
  return input;
}

/** A sample round read as the check reads it, and the same rows as plain records (no codes: no rule is remembered). */
function round(seed: number, rows: number) {
  const read = readSubmissions(sampleRound(seed, rows), pack);
  const keys = read.columns.map((c) => c.field);
  const plain: Application[] = read.applications.map((app) => ({
    row: app.row,
    fields: Object.fromEntries(keys.map((key) => [key, fieldOf(app, key)!])),
  }));
  const context = () => buildContext(pack, read.settings, read.blacklist);
  return { read, plain, context };
}

/** Each row's findings as the check keeps them: what runRules hands on, read at the row (atRow). */
function findings(apps: Application[], ctx: ReturnType<ReturnType<typeof round>['context']>): Finding[][] {
  const out: Finding[][] = [];
  runRules(apps, ctx, (i, _facts, found) => {
    out[i] = found.map((f) => atRow(f, apps[i].row));
  });
  return out;
}

const remembered = [...rowRules, ...decisionRules].filter((rule) => rule.inputs !== undefined);

test('most rules are remembered; those that are not read the whole row, or the findings before them', () => {
  const runEveryRow = [...rowRules, ...decisionRules].filter((rule) => rule.inputs === undefined).map((r) => r.id);
  // bad-value and required-field look at every column, the project name too; indicator at every
  // figure its category asks for; approved-ineligible at the row's other findings.
  expect(runEveryRow.sort()).toEqual(['approved-ineligible', 'bad-value', 'indicator', 'required-field']);
});

describe.each([
  [11, 1500],
  [12, 3000],
])('sample round, seed %i, %i rows', (seed, rows) => {
  const { read, plain, context } = round(seed, rows);

  test('the reader hands codes for its rows, and none for rows built by hand', () => {
    expect(cellCodes(read.applications)).not.toBeNull();
    expect(cellCodes(plain)).toBeNull();
  });

  test('remembered rules tell every row what running them on that row tells it, to the key order', () => {
    const withMemo = findings(read.applications, context());
    const everyRow = findings(plain, context());
    expect(withMemo.length).toBe(read.applications.length);
    expect(withMemo.length).toBeGreaterThanOrEqual(rows);
    // JSON, so that a copy with its keys in another order than `finding` gives them fails too.
    expect(JSON.stringify(withMemo)).toBe(JSON.stringify(everyRow));
    // The round has findings of the remembered rules on many rows, so the copies were exercised.
    const copied = withMemo.flat().filter((f) => remembered.some((r) => r.id === f.rule));
    expect(copied.length).toBeGreaterThan(rows / 10);
  });

  test('rows handed on their own, not from the first, are read at their own place in the columns', () => {
    const some = read.applications.filter((_, i) => i % 3 !== 0);
    const same = plain.filter((_, i) => i % 3 !== 0);
    expect(JSON.stringify(findings(some, context()))).toBe(JSON.stringify(findings(same, context())));
  });

  test.each(remembered.map((rule) => [rule.id, rule] as const))('%s reads nothing outside its inputs: no other column, fact, part of the row or earlier finding', (_id, rule) => {
    const ctx = context();
    const inputs = new Set(rule.inputs);
    const outside = new Set<string>();
    for (const app of plain) {
      const facts = deriveFacts(app, ctx);
      const fields = new Proxy(app.fields, {
        get(target, key) {
          if (typeof key === 'string' && !inputs.has(key)) outside.add(`column ${key}`);
          return Reflect.get(target, key) as ReadField | undefined;
        },
        has(target, key) {
          if (typeof key === 'string' && !inputs.has(key)) outside.add(`column ${key} (asked whether present)`);
          return Reflect.has(target, key);
        },
        ownKeys(target) {
          outside.add('every column (listed the fields)');
          return Reflect.ownKeys(target);
        },
      });
      // The row number goes into each finding (copies get their own); anything else of the row is
      // outside every rule's inputs, as are the findings before a decision rule.
      const appSeen = new Proxy<Application>(
        { row: app.row, fields },
        {
          get(target, key) {
            if (key !== 'row' && key !== 'fields') outside.add(`the row's ${String(key)}`);
            return Reflect.get(target, key) as unknown;
          },
        },
      );
      const before = new Proxy<Finding[]>([], {
        get(target, key) {
          outside.add('the findings before it');
          return Reflect.get(target, key) as unknown;
        },
      });
      const factsSeen = new Proxy(facts, {
        get(target, key) {
          if (typeof key === 'string')
            for (const column of FACT_COLUMNS[key as keyof RowFacts]) if (!inputs.has(column)) outside.add(`fact ${key} (column ${column})`);
          return Reflect.get(target, key) as unknown;
        },
      });
      rule.check(appSeen, factsSeen, ctx, before);
    }
    expect([...outside]).toEqual([]);
  });
});

test('each fact comes from its FACT_COLUMNS alone: a row given those cells of another row has that row’s fact', () => {
  const { plain, context } = round(13, 2000);
  const ctx = context();
  const mismatches: string[] = [];
  for (const fact of Object.keys(FACT_COLUMNS) as (keyof RowFacts)[]) {
    // Every row lends its cells to eight others, near and far.
    for (let k = 0; k < plain.length; k++) {
      for (const step of [1, 2, 3, 5, 8, 13, 101, Math.floor(plain.length / 2)]) {
        const into = plain[(k + step) % plain.length];
        const source = plain[k];
        const fields = { ...into.fields };
        for (const column of FACT_COLUMNS[fact]) {
          if (source.fields[column] === undefined) delete fields[column];
          else fields[column] = source.fields[column];
        }
        const hybrid = deriveFacts({ row: into.row, fields }, ctx)[fact];
        if (JSON.stringify(hybrid) !== JSON.stringify(deriveFacts(source, ctx)[fact])) mismatches.push(`${fact}: row ${source.row} into row ${into.row}`);
      }
    }
  }
  expect(mismatches).toEqual([]);
});
