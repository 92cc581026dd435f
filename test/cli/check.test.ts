import { createHash } from 'crypto';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { sampleWorkbookBytes } from '../../src/adapters/exceljs/sample-workbook';
import { defaultOutput } from '../../src/cli/commands/check';
import { hunan2022, hunan2022Input } from '../../src/core/pack';
import { reportSchema } from '../../src/core/report';
import { oleFile } from '../fixtures/ole-file';
import { tempDir } from '../fixtures/temp-dir';
import { runCli } from './run-cli';

const dir = tempDir('shenbao-cli-');
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

beforeAll(async () => {
  writeFileSync(dir.file('round.xlsx'), await sampleWorkbookBytes(hunan2022, { rows: 60, seed: 7 }));
});
afterAll(() => dir.remove());

test('the default output is IN’s name with .checked.xlsx, beside it', () => {
  expect(defaultOutput('data/申报汇总.xlsx')).toBe('data/申报汇总.checked.xlsx');
  expect(defaultOutput('a.XLSX')).toBe('a.checked.xlsx');
  expect(defaultOutput('noext')).toBe('noext.checked.xlsx');
});

describe('check', () => {
  test('writes the checked copy and the JSON report, prints the summary, leaves the input as it was', async () => {
    const before = sha(dir.file('round.xlsx'));
    const run = await runCli(['check', 'round.xlsx', '--json', 'report.json'], dir.path);
    expect(run.code).toBe(0);
    expect(sha(dir.file('round.xlsx'))).toBe(before);
    expect(existsSync(dir.file('round.checked.xlsx'))).toBe(true);
    const report = reportSchema.parse(JSON.parse(readFileSync(dir.file('report.json'), 'utf8')));
    expect(report.rows).toHaveLength(60);
    expect(run.out).toContain('检查行数');
    expect(run.out).toMatch(/检查行数\s+60/);
    for (const word of ['合格', '需关注', '不合格', '超名额或超经费', '结果文件', 'JSON 报告']) expect(run.out).toContain(word);
    expect(run.out).toContain(dir.file('round.checked.xlsx'));
  });

  test('--lang en prints the summary in English', async () => {
    const run = await runCli(['check', 'round.xlsx', '--out', 'en.xlsx', '--lang', 'en'], dir.path);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Rows checked\s+60/);
  });

  test('LANG=en_US picks English too', async () => {
    const run = await runCli(['check', 'round.xlsx', '--out', 'en2.xlsx'], dir.path, { LANG: 'en_US.UTF-8' });
    expect(run.out).toContain('Rows checked');
  });

  test('refuses to write over the input (exit 2) and writes nothing', async () => {
    const before = sha(dir.file('round.xlsx'));
    const run = await runCli(['check', 'round.xlsx', '--out', './round.xlsx'], dir.path);
    expect(run.code).toBe(2);
    expect(run.err).toContain('结果文件不能与原文件相同');
    expect(sha(dir.file('round.xlsx'))).toBe(before);
  });

  test('a missing input: exit 1, one sentence naming it, nothing written', async () => {
    const run = await runCli(['check', 'gone.xlsx'], dir.path);
    expect(run.code).toBe(1);
    expect(run.err).toBe('找不到文件“gone.xlsx”，请检查路径和文件名。');
    expect(existsSync(dir.file('gone.checked.xlsx'))).toBe(false);
  });

  test('an encrypted workbook: exit 1 and the password sentence', async () => {
    writeFileSync(dir.file('locked.xlsx'), oleFile(['EncryptionInfo', 'EncryptedPackage']));
    const run = await runCli(['check', 'locked.xlsx'], dir.path);
    expect(run.code).toBe(1);
    expect(run.err).toContain('设置了打开密码');
    expect(existsSync(dir.file('locked.checked.xlsx'))).toBe(false);
  });

  test('a --sheet that is not there: exit 1 with the core’s sentence', async () => {
    const run = await runCli(['check', 'round.xlsx', '--sheet', '不存在的表', '--out', 'x.xlsx'], dir.path);
    expect(run.code).toBe(1);
    expect(run.err).toContain('不存在的表');
    expect(existsSync(dir.file('x.xlsx'))).toBe(false);
  });

  test('a --rules file that is not a valid pack: exit 1 naming the file and the path of the problem', async () => {
    const broken = JSON.parse(JSON.stringify(hunan2022Input));
    broken.categories[3].per = { min: 'ten', max: 30 };
    writeFileSync(dir.file('pack.json'), JSON.stringify(broken));
    const run = await runCli(['check', 'round.xlsx', '--rules', 'pack.json', '--out', 'y.xlsx'], dir.path);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^规则包文件“pack\.json”有误：categories\[3\]\.per\.min: /);
    expect(existsSync(dir.file('y.xlsx'))).toBe(false);
  });

  test('a --rules file that is not there: exit 1 naming it', async () => {
    const run = await runCli(['check', 'round.xlsx', '--rules', 'gone.json', '--lang', 'en'], dir.path);
    expect(run.code).toBe(1);
    expect(run.err).toBe('Rule pack file "gone.json" was not found.');
  });

  test('a --rules file that is not JSON: exit 1', async () => {
    writeFileSync(dir.file('bad.json'), '{ not json');
    const run = await runCli(['check', 'round.xlsx', '--rules', 'bad.json'], dir.path);
    expect(run.code).toBe(1);
    expect(run.err).toContain('不是有效的 JSON');
  });

  test('a valid --rules file is used', async () => {
    writeFileSync(dir.file('same.json'), JSON.stringify(hunan2022Input));
    const run = await runCli(['check', 'round.xlsx', '--rules', 'same.json', '--out', 'z.xlsx'], dir.path);
    expect(run.code).toBe(0);
  });
});

describe('usage errors: exit 2 with the sentence, then the usage', () => {
  test.each([
    [['check'], '缺少要检查的文件'],
    [['check', 'a.xlsx', 'b.xlsx'], '多出了参数'],
    [['check', 'a.xlsx', '--colour'], '参数有误'],
    [['check', 'a.xlsx', '--lang', 'fr'], '--lang 只能是 zh 或 en'],
    [['frobnicate'], '没有“frobnicate”这个命令'],
  ])('%j', async (argv, sentence) => {
    const run = await runCli(argv, dir.path);
    expect(run.code).toBe(2);
    expect(run.err).toContain(sentence);
    expect(run.err).toContain('用法：');
  });
});

test('an output folder that does not exist: exit 1 naming the folder, no report written either', async () => {
  const run = await runCli(['check', 'round.xlsx', '--out', 'nowhere/out.xlsx', '--json', 'r2.json'], dir.path);
  expect(run.code).toBe(1);
  expect(run.err).toContain(`文件夹“${dir.file('nowhere')}”不存在`);
  expect(existsSync(dir.file('r2.json'))).toBe(false);
});
