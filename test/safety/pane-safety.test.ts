// The pane asks for no more than it needs and trusts no rule pack it is given: the manifest requests
// ReadWriteDocument only, and a user's pack file, in the pane or on the command line, is validated
// before use and refused with the path of the error.
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { hunan2022Input } from '../../src/core/pack/hunan-2022';
import { PackFileError, parsePackFile, restorePack } from '../../src/taskpane/logic/pack-choice';
import { runCli } from '../cli/run-cli';
import { submissionsXlsx } from '../fixtures/hostile/files';
import { tempDir } from '../fixtures/temp-dir';

const manifest = readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8');

/** The built-in pack as a user's file, with one change. */
function packJson(change: (pack: Record<string, unknown>) => void): string {
  const pack = JSON.parse(JSON.stringify(hunan2022Input)) as Record<string, unknown>;
  change(pack);
  return JSON.stringify(pack);
}

const badPer = (pack: Record<string, unknown>) => {
  const categories = pack.categories as { per: { min: unknown } | null }[];
  (categories.find((c) => c.per !== null)!.per as { min: unknown }).min = 'five';
};

describe('the manifest', () => {
  test('asks for ReadWriteDocument and nothing else', () => {
    const permissions = [...manifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1].trim());
    expect(permissions).toEqual(['ReadWriteDocument']);
    expect(manifest).not.toMatch(/ReadWriteMailbox|ReadItem|<Permissions>\s*(?:Restricted|ReadDocument|WriteDocument)/);
  });

  test('loads the pane and commands over https only', () => {
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="([a-z]+:[^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });
});

describe('a rule pack file chosen in the pane', () => {
  test('a pack that breaks the schema is refused, naming the file and the path of the error', () => {
    let error: unknown;
    try {
      parsePackFile(packJson(badPer), '2023草案.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PackFileError);
    const text = (error as PackFileError).text;
    expect(text.zh).toContain('“2023草案.json”');
    expect(text.en).toMatch(/categories[.[]\d+]?\.?per\.min/);
  });

  test('text that is not JSON is refused before any validation', () => {
    expect(() => parsePackFile('<html>not a pack</html>', 'page.json')).toThrow(PackFileError);
  });

  test('a pack carrying __proto__ does not reach Object.prototype', () => {
    const hostile = packJson((pack) => Object.assign(pack, JSON.parse('{"__proto__": {"polluted": true}}')));
    try {
      parsePackFile(hostile, 'hostile.json');
    } catch {
      // Refused or accepted, what matters is that nothing leaked into every object.
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a stored pack that no longer validates is not used: the built-in pack is, and the user is told where it broke', () => {
    const stored = JSON.parse(packJson(badPer));
    const { choice, warning } = restorePack({ load: () => stored, save: () => undefined });
    expect(choice.fileName).toBeNull();
    expect(choice.pack.id).toBe(hunan2022Input.id);
    expect(warning?.en).toMatch(/per\.min/);
  });
});

describe('--rules on the command line', () => {
  const folder = tempDir('shenbao-rules-');
  afterAll(() => folder.remove());

  test('a pack that breaks the schema stops the check: exit 1, the file and the path named, nothing written', async () => {
    writeFileSync(folder.file('in.xlsx'), await submissionsXlsx());
    writeFileSync(folder.file('坏规则.json'), packJson(badPer));
    const run = await runCli(['check', 'in.xlsx', '--rules', '坏规则.json', '--lang', 'en'], folder.path, {});
    expect(run.code).toBe(1);
    expect(run.err).toContain('坏规则.json');
    expect(run.err).toMatch(/per\.min/);
    expect(() => readFileSync(folder.file('in.checked.xlsx'))).toThrow();
  });
});
