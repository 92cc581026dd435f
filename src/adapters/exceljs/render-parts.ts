// The checked copy's parts as exceljs renders them, without its zip writer. `xlsx.writeBuffer`
// hands every part to JSZip, which even when told only to store them encodes, checksums and copies
// each in 16 KB steps: 3 to 4.5 s of a 100,000-row check's write, for parts that finish-package.ts
// then reads back out of the zip. Here exceljs's own steps (prepareModel and the add* methods, in
// the order its XLSX.write calls them) hand the parts to a collector instead. Browser-safe.
//
// Those steps are exceljs 4.4's internals, not its typed API (package-lock.json holds 4.4.0). They
// are taken only when exceljs's own XLSX.write calls exactly them, in this order: an exceljs that
// writes another step (its unreleased master adds pivot tables) or names them otherwise is written
// through writeBuffer, as before. A test holds the parts to writeBuffer's, byte for byte.
import type * as ExcelJS from 'exceljs';
import { readStoredZip, type ZipEntry } from './zip-entries';

/** writeBuffer's options for a package whose parts are stored, not compressed. */
export const STORED_PACKAGE = { zip: { compression: 'STORE' as const } };

/** What exceljs's XLSX.write hands its zip writer. */
interface PartSink {
  append(data: unknown, options: { name: string; base64?: boolean }): void;
}

/**
 * The steps after prepareModel, in the order exceljs 4.4's XLSX.write takes them (shared strings
 * only after every sheet has added its own). It runs two pairs through Promise.all; their bodies
 * add their parts without waiting, so one after the other adds them in the same order.
 */
const ADD_STEPS = [
  'addContentTypes', 'addOfficeRels', 'addWorkbookRels', 'addWorksheets', 'addSharedStrings', 'addDrawings',
  'addTables', 'addThemes', 'addStyles', 'addMedia', 'addApp', 'addCore', 'addWorkbook',
] as const;

/** exceljs 4.4's XLSX writer, as far as this module uses it. */
type XlsxSteps = { prepareModel(model: unknown, options: object): unknown } & Record<
  (typeof ADD_STEPS)[number],
  (zip: PartSink, model: unknown) => unknown
>;

const STEPS: readonly (keyof XlsxSteps)[] = ['prepareModel', ...ADD_STEPS];

/** The methods exceljs's XLSX.write calls on itself, in its order (`this.name(`), from its source. */
function stepsOfWrite(write: unknown): string[] {
  if (typeof write !== 'function') return [];
  return [...Function.prototype.toString.call(write).matchAll(/this\.(\w+)\(/g)].map((call) => call[1]);
}

/** Writers checked already: their class's prototype, and whether this module can take their steps. */
const knownWriters = new WeakMap<object, boolean>();

/** Whether `xlsx`'s write is this module's steps and then `_finalize` (the zip), and nothing else. */
export function hasWriterSteps(xlsx: unknown): xlsx is XlsxSteps {
  if (typeof xlsx !== 'object' || xlsx === null) return false;
  const prototype = Object.getPrototypeOf(xlsx) as object | null;
  if (prototype === null) return false;
  let known = knownWriters.get(prototype);
  if (known === undefined) {
    const steps = stepsOfWrite((xlsx as { write?: unknown }).write);
    known =
      steps.join() === [...STEPS, '_finalize'].join() &&
      STEPS.every((step) => typeof (xlsx as Record<string, unknown>)[step] === 'function');
    knownWriters.set(prototype, known);
  }
  return known;
}

/**
 * The MS-DOS time and date fields of `date` in UTC, as JSZip stamps them. JSZip stamped each part as
 * it was added; the collector stamps every part with the time rendering started.
 */
export function dosStamp(date: Date): { dosTime: number; dosDate: number } {
  return {
    dosTime: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    dosDate: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

function base64Bytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Collects parts as JSZip would list them: each folder before the first part inside it (JSZip
 * adds folders of its own), a part given twice keeps its first place and its last data.
 */
class PartCollector implements PartSink {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly encoder = new TextEncoder();
  private readonly stamp = dosStamp(new Date());

  append(data: unknown, options: { name: string; base64?: boolean }): void {
    const bytes =
      typeof data === 'string'
        ? options.base64
          ? base64Bytes(data)
          : this.encoder.encode(data)
        : data instanceof ArrayBuffer
          ? new Uint8Array(data)
          : (data as Uint8Array);
    for (let end = options.name.indexOf('/'); end > 0; end = options.name.indexOf('/', end + 1)) {
      this.add(options.name.slice(0, end + 1), new Uint8Array(0));
    }
    const known = this.byName.get(options.name);
    if (known) known.data = bytes;
    else this.add(options.name, bytes);
  }

  private add(name: string, data: Uint8Array): void {
    if (!this.byName.has(name)) this.byName.set(name, { name, data, ...this.stamp });
  }

  get entries(): ZipEntry[] {
    return [...this.byName.values()];
  }
}

/** Every part of `workbook` as exceljs would write it, uncompressed, in its order. */
export async function renderParts(workbook: ExcelJS.Workbook): Promise<ZipEntry[]> {
  const xlsx: unknown = workbook.xlsx;
  if (!hasWriterSteps(xlsx)) return readStoredZip(new Uint8Array(await workbook.xlsx.writeBuffer(STORED_PACKAGE)));
  const model: unknown = workbook.model;
  const zip = new PartCollector();
  // Awaited, though exceljs 4.4's is not async: a port that made it so would still be waited for.
  await xlsx.prepareModel(model, {});
  for (const step of ADD_STEPS) await xlsx[step](zip, model);
  return zip.entries;
}
