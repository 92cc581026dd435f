// shenbao propose: the proposal sheets in the copy, the user's decision cells left alone, the JSON
// report's proposal; with --apply the copy holds the proposal and its 分配汇总 has nothing over or
// short; infeasible and conflicting rounds say so.
import { existsSync, readFileSync, writeFileSync } from 'fs';
import * as ExcelJS from 'exceljs';
import { sampleWorkbookBytes } from '../../src/adapters/exceljs/sample-workbook';
import { hunan2022, hunan2022Input } from '../../src/core/pack';
import { reportSchema } from '../../src/core/report';
import { OUTPUT_SHEET_MARK } from '../../src/core/style';
import { tempDir } from '../fixtures/temp-dir';
import { loadSolver } from '../../src/cli/solver';
import { runCli } from './run-cli';

const dir = tempDir('shenbao-propose-');
const report = (name: string) =>
  reportSchema.parse(JSON.parse(readFileSync(dir.file(name), 'utf8')));

async function sheetOf(file: string, name: string): Promise<ExcelJS.Worksheet | undefined> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(dir.file(file));
  return wb.getWorksheet(name);
}

// Loading HiGHS's WebAssembly takes a while on a busy two-core machine: once, before the tests.
jest.setTimeout(30_000);

beforeAll(async () => {
  await loadSolver();
  writeFileSync(
    dir.file('round.xlsx'),
    await sampleWorkbookBytes(hunan2022, { rows: 120, seed: 2022 }),
  );
  // The 2022 pack with every minimum count lowered to at most 1: the sample round can meet it.
  const lenient = {
    ...hunan2022Input,
    categories: hunan2022Input.categories.map((c) => ({
      ...c,
      count: c.count ? { min: Math.min(c.count.min, 1), max: c.count.max } : null,
    })),
  };
  writeFileSync(dir.file('lenient.json'), JSON.stringify(lenient));
});
afterAll(() => dir.remove());

test('without --apply: the two proposal sheets with our mark, the decision cells as the user left them', async () => {
  const run = await runCli(['propose', 'round.xlsx', '--replan', '--json', 'p.json'], dir.path);
  expect(run.code).toBe(0);
  expect(existsSync(dir.file('round.proposal.xlsx'))).toBe(true);
  const checkRun = await runCli(['check', 'round.xlsx', '--json', 'c.json'], dir.path);
  expect(checkRun.code).toBe(0);
  const [proposed, checked] = [report('p.json'), report('c.json')];
  expect(proposed.rows.map((r) => r.decision)).toEqual(checked.rows.map((r) => r.decision));
  expect(proposed.proposal?.replan).toBe(true);
  const sheet = await sheetOf('round.proposal.xlsx', '建议立项');
  expect(String(sheet?.getCell(1, 1).value)).toMatch(new RegExp(`^${OUTPUT_SHEET_MARK}建议立项`));
  expect(sheet?.getCell(2, 9).value).toBe('建议');
  const summary = await sheetOf('round.proposal.xlsx', '建议立项汇总');
  expect(String(summary?.getCell(1, 1).value)).toContain('建议立项汇总');
  // The sample round cannot fill 3.2.1 (four eligible rows for five places): said on the terminal.
  expect(proposed.proposal?.outcome).toBe('relaxed');
  expect(run.err).toContain(
    '“科技服务·服务乡村振兴”最少需批准 5 项，但可批准的合格申报只有 4 项',
  );
});

test('decisions entered over a maximum: nothing proposed, and the terminal says what to change', async () => {
  const run = await runCli(
    ['propose', 'round.xlsx', '--out', 'kept.xlsx', '--json', 'kept.json'],
    dir.path,
  );
  expect(run.code).toBe(0);
  expect(report('kept.json').proposal?.outcome).toBe('conflict');
  expect(run.err).toContain('已定批准的项目在“科协工作联盟建设”已有 2 项，超过最多 1 项');
});

test('--apply writes the proposal into the copy; checked again, no node is over or short and every proposed row is approved with its amount', async () => {
  const run = await runCli(
    ['propose', 'round.xlsx', '--replan', '--apply', '--rules', 'lenient.json', '--json', 'a.json'],
    dir.path,
  );
  expect(run.code).toBe(0);
  const after = report('a.json');
  const proposal = after.proposal!;
  expect(proposal.outcome).toBe('optimal');
  expect(after.nodes.filter((n) => n.status === 'over' || n.status === 'under')).toEqual([]);
  expect(after.nodes.flatMap((n) => n.findings)).toEqual([]);
  expect(after.nodes.every((n) => n.pending === 0)).toBe(true);
  // A node the plan fills shows 已满 (green) in 分配汇总.
  for (const node of proposal.nodes.filter((n) => n.countFull))
    expect(after.nodes.find((n) => n.code === node.code)?.status).toBe('full');
  const decided = new Map(after.rows.map((r) => [r.row, r.decision]));
  for (const p of proposal.rows)
    expect(decided.get(p.row)).toBe(p.status === 'proposed' ? 'approved' : 'rejected');
  // No approval lands on a row with an error.
  expect(
    after.rows.flatMap((r) => r.findings).filter((f) => f.rule === 'approved-ineligible'),
  ).toEqual([]);
  const copy = (await sheetOf('round.proposed.xlsx', '申报汇总'))!;
  const column = (copy.getRow(2).values as ExcelJS.CellValue[]).findIndex(
    (v) => v === '批准金额（万元）',
  );
  const first = proposal.rows.find((p) => p.status === 'proposed')!;
  expect(copy.getCell(first.row, column).value).toBe(first.amount);
});

test('--apply when decisions entered exceed a maximum: exit 1, the reason, and no copy written', async () => {
  const run = await runCli(['propose', 'round.xlsx', '--apply', '--out', 'never.xlsx'], dir.path);
  expect(run.code).toBe(1);
  expect(run.err).toContain('已定的批准超出名额或预算，没有可采纳的建议。');
  expect(existsSync(dir.file('never.xlsx'))).toBe(false);
});

test('--cut 80 proposes 80 % of the requested amount, clamped into the range', async () => {
  const run = await runCli(
    ['propose', 'round.xlsx', '--replan', '--cut', '80', '--out', 'cut.xlsx', '--json', 'cut.json'],
    dir.path,
  );
  expect(run.code).toBe(0);
  const after = report('cut.json');
  const requested = new Map(
    (await sheetOf('cut.xlsx', '建议立项'))!
      .getSheetValues()
      .slice(3)
      .map((v) => {
        const row = v as ExcelJS.CellValue[];
        // 行号 links to its row, and a linked cell holds its text.
        return [Number(row[1]), Number(row[8])];
      }),
  );
  const per = new Map(hunan2022.categories.map((c) => [c.code, c.per]));
  const leafPer = (code: string) => {
    for (
      let at: string | null = code;
      at !== null;
      at = hunan2022.categories.find((c) => c.code === at)!.parent
    )
      if (per.get(at)) return per.get(at)!;
    return null;
  };
  const proposedRows = after.proposal!.rows.filter((r) => r.status === 'proposed');
  expect(proposedRows.length).toBeGreaterThan(0);
  for (const p of proposedRows) {
    const range = leafPer(p.category!)!;
    expect(p.amount).toBe(
      Math.min(range.max, Math.max(range.min, Math.round(requested.get(p.row)! * 0.8 * 100) / 100)),
    );
  }
});

test('--keep-decisions with --replan is a usage error', async () => {
  const run = await runCli(['propose', 'round.xlsx', '--keep-decisions', '--replan'], dir.path);
  expect(run.code).toBe(2);
  expect(run.err).toContain('只能选一个');
});
