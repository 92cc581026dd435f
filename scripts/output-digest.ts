// What a check writes, for a fixed set of rounds, in a form two checkouts can be compared by:
// the JSON report and every cell of the checked copy (value, style, note, link), per round.
// A refactor that must not change behaviour runs this before and after, then diffs the folders:
//
//   npx tsx scripts/output-digest.ts /tmp/before     (on the old commit)
//   npx tsx scripts/output-digest.ts /tmp/after      (on the new one)
//   diff -r /tmp/before /tmp/after && echo same
//
// The rounds: the bundled sample (zh and en), 100 made-up rounds of 20–400 rows with the sample
// generator's flaws, and 100 random files as users keep them (the fuzz tests' arbitraries, seeded).
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import * as ExcelJS from 'exceljs';
import fc from 'fast-check';
import { checkWorkbookBytes } from '../src/adapters/exceljs/check-bytes';
import { sampleWorkbookBytes } from '../src/adapters/exceljs/sample-workbook';
import { hunan2022 } from '../src/core/pack';
import type { Lang } from '../src/core/types';
import { userFile, userFileBytes } from '../test/fixtures/hostile/user-file';

const SEED = 20221231;

async function cellsOf(bytes: Uint8Array): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets: unknown[] = [];
  wb.eachSheet((ws) => {
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const style = JSON.stringify(cell.style ?? {});
        if (cell.value === null && style === '{}' && !cell.note) return;
        cells.push([r, c, cell.value, style, cell.note ?? null, cell.hyperlink ?? null]);
      });
    });
    const rows: unknown[] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      if (row.hidden || row.height) rows.push([r, row.hidden, row.height ?? null]);
    }
    const columns = (ws.columns ?? []).map((c) => [c.width ?? null, c.hidden ?? false]);
    const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
    sheets.push({ name: ws.name, state: ws.state, views: ws.views, merges, columns, rows, cells });
  });
  return sheets;
}

async function digest(name: string, bytes: Uint8Array, lang: Lang, out: string): Promise<void> {
  let text: string;
  try {
    const checked = await checkWorkbookBytes(bytes, `${name}.xlsx`, { pack: hunan2022, lang });
    const copy = await cellsOf(checked.output);
    text = JSON.stringify({ report: checked.report, warnings: checked.warnings, copy }, null, 1);
  } catch (e) {
    text = JSON.stringify({ error: (e as Error).message });
  }
  writeFileSync(join(out, `${name}.json`), text);
}

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error('usage: tsx scripts/output-digest.ts OUTDIR');
  mkdirSync(out, { recursive: true });
  const sample = new Uint8Array(readFileSync(join(__dirname, '..', 'samples', '2022-申报汇总-示例.xlsx')));
  await digest('sample-zh', sample, 'zh', out);
  await digest('sample-en', sample, 'en', out);

  const random = fc.sample(fc.record({ rows: fc.integer({ min: 20, max: 400 }), seed: fc.nat() }), { seed: SEED, numRuns: 100 });
  for (const [i, { rows, seed }] of random.entries()) {
    await digest(`made-up-${i}`, await sampleWorkbookBytes(hunan2022, { rows, seed }), i % 10 === 0 ? 'en' : 'zh', out);
  }
  const files = fc.sample(userFile({ huge: false }), { seed: SEED, numRuns: 100 });
  for (const [i, { workbook, decorations }] of files.entries()) {
    await digest(`user-file-${i}`, await userFileBytes(workbook.input, decorations), 'zh', out);
  }
  console.log(`${2 + random.length + files.length} rounds written to ${out}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
