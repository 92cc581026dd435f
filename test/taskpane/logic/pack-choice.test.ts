/** @jest-environment jsdom */
import { localPackStore, parsePackFile, PackFileError, restorePack, type PackStore } from '../../../src/taskpane/logic/pack-choice';
import { hunan2022 } from '../../../src/core/pack/hunan-2022';
import { renamedPack } from '../fixtures/pack-files';

const memoryStore = (stored: unknown | null): PackStore => ({ load: () => stored, save: () => undefined });

describe('parsePackFile', () => {
  it('accepts a valid pack and gives back its JSON for storing', () => {
    const json = renamedPack();
    const { pack, json: kept } = parsePackFile(JSON.stringify(json), 'draft.json');
    expect(pack.id).toBe('hunan-2023-draft');
    expect(kept).toEqual(json);
  });

  it('accepts a file saved with a byte order mark', () => {
    expect(parsePackFile(`\uFEFF${JSON.stringify(renamedPack())}`, 'bom.json').pack.id).toBe('hunan-2023-draft');
  });

  it('refuses text that is not JSON, naming the file', () => {
    expect(() => parsePackFile('{ not json', 'notes.json')).toThrow(PackFileError);
    try {
      parsePackFile('{ not json', 'notes.json');
    } catch (error) {
      expect((error as PackFileError).text.zh).toContain('notes.json');
      expect((error as PackFileError).text.en).toMatch(/not valid JSON/);
    }
  });

  it('refuses a pack that breaks the schema, naming the path', () => {
    const json = renamedPack() as { year: unknown };
    json.year = 'next year';
    try {
      parsePackFile(JSON.stringify(json), 'draft.json');
      throw new Error('expected a PackFileError');
    } catch (error) {
      expect(error).toBeInstanceOf(PackFileError);
      expect((error as PackFileError).text.en).toContain('year');
      expect((error as PackFileError).text.zh).toContain('draft.json');
    }
  });
});

describe('restorePack', () => {
  it('is the built-in pack when nothing is stored', () => {
    const { choice, warning } = restorePack(memoryStore(null));
    expect(choice.pack).toBe(hunan2022);
    expect(choice.fileName).toBeNull();
    expect(warning).toBeNull();
  });

  it('is the stored pack when it is still valid', () => {
    const { choice, warning } = restorePack(memoryStore(renamedPack()));
    expect(choice.pack.id).toBe('hunan-2023-draft');
    expect(choice.fileName).not.toBeNull();
    expect(warning).toBeNull();
  });

  it('falls back to the built-in pack with a warning when the stored one no longer validates', () => {
    const { choice, warning } = restorePack(memoryStore({ id: 'broken' }));
    expect(choice.pack).toBe(hunan2022);
    expect(warning?.en).toMatch(/no longer valid/);
  });
});

describe('localPackStore', () => {
  beforeEach(() => localStorage.clear());

  it('keeps a pack across reloads and forgets it on null', () => {
    const json = renamedPack();
    localPackStore.save(json);
    expect(localPackStore.load()).toEqual(json);
    localPackStore.save(null);
    expect(localPackStore.load()).toBeNull();
  });
});
