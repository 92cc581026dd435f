// The made-up application round both browser tests check: as an .xlsx file made by the CLI (what a
// user would pick in a plain browser) and as the grid the fake Excel host is seeded with.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { generateSample, hunan2022 } from '../../../src/core';
import type { CellValue, SheetGrid } from '../../../src/core/types';

const REPO = path.resolve(__dirname, '..', '..', '..');
const BUNDLED_SAMPLE = path.join(REPO, 'samples', '2022-申报汇总-示例.xlsx');

export const SAMPLE = { rows: 40, seed: 7 } as const;

/** The bundled sample when the repository has one, else `npm run cli -- sample` into `dir`. */
export function sampleWorkbookFile(dir: string): string {
  if (fs.existsSync(BUNDLED_SAMPLE)) {
    const copy = path.join(dir, path.basename(BUNDLED_SAMPLE));
    fs.copyFileSync(BUNDLED_SAMPLE, copy);
    return copy;
  }
  const out = path.join(dir, '2022-申报汇总-e2e.xlsx');
  const tsx = path.join(REPO, 'node_modules', '.bin', 'tsx');
  execFileSync(
    tsx,
    [
      'src/cli/main.ts',
      'sample',
      out,
      '--rows',
      String(SAMPLE.rows),
      '--seed',
      String(SAMPLE.seed),
    ],
    {
      cwd: REPO,
      stdio: 'pipe',
    },
  );
  return out;
}

/** Excel's serial day number of a date (1900 system, as Office.js reports it). */
export function excelSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

type FakeCell = string | number | boolean | null | { error: string };

export interface FakeSheetSpec {
  name: string;
  rows: FakeCell[][];
  firstRow?: number;
  firstCol?: number;
  merges?: string[];
  numberFormats?: Record<string, string>;
}

/** One sheet as Office.js would hold it: dates as serial numbers in date-formatted cells. */
function fakeSheet(grid: SheetGrid): FakeSheetSpec {
  const firstRow = grid.firstRow ?? 1;
  const firstCol = grid.firstCol ?? 1;
  const numberFormats: Record<string, string> = {};
  const rows = grid.rows.map((line, i) =>
    line.map((cell: CellValue, j): FakeCell => {
      if (cell instanceof Date) {
        numberFormats[`${columnLetters(firstCol + j)}${firstRow + i}`] = 'yyyy-mm-dd';
        return excelSerial(cell);
      }
      return cell;
    }),
  );
  const merges = (grid.merges ?? []).map(
    (m) => `${columnLetters(m.left)}${m.top}:${columnLetters(m.right)}${m.bottom}`,
  );
  return { name: grid.name, rows, firstRow, firstCol, merges, numberFormats };
}

/** The sample round as `window.__SHENBAO_FAKE_SPEC__` for the fake Excel host. */
export function sampleFakeSpec() {
  const input = generateSample(hunan2022, SAMPLE);
  return {
    sheets: input.sheets.map(fakeSheet),
    activeSheet: input.sheets[0].name,
    apiLevel: '1.4' as const,
    displayLanguage: 'zh-CN',
  };
}
