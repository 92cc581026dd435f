// Bytes → an exceljs workbook, or one clear sentence saying why not. Browser-safe (no fs): the
// command line reads the file with load-file.ts and comes here with its bytes.
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { fileKind } from './file-kind';
import { fileProblem } from './workbook-file-error';

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  /** The package as a zip, for what exceljs does not carry over (unsupported.ts). */
  zip: JSZip;
}

export function toUint8Array(bytes: Uint8Array | ArrayBuffer): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

function holdsWorkbook(zip: JSZip): boolean {
  return zip.file('xl/workbook.xml') !== null || (zip.file('[Content_Types].xml') !== null && zip.file(/^xl\/workbook/).length > 0);
}

/**
 * The most a workbook may unpack to. A real round of 100,000 rows unpacks to a few hundred MB;
 * a file claiming more (a "zip bomb", or a sheet of endless empty rows) would exhaust memory first.
 */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

/** What the package says its parts unpack to, from its directory (nothing is unpacked to know it). */
function unpackedBytes(zip: JSZip): number {
  let total = 0;
  zip.forEach((_, file) => {
    // JSZip reads the 32-bit size as signed: `>>> 0` restores sizes of 2 GB and more.
    total += ((file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0) >>> 0;
  });
  return total;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens the bytes of an .xlsx; throws WorkbookFileError naming `name` when they are not one.
 * `opened` is called with the package once it is known to be a workbook, before exceljs reads it
 * (seconds for a large file): work on the package alone can start there and run alongside.
 */
export async function loadWorkbookBytes(input: Uint8Array | ArrayBuffer, name: string, opened?: (zip: JSZip) => void): Promise<LoadedWorkbook> {
  const bytes = toUint8Array(input);
  switch (fileKind(bytes)) {
    case 'empty':
      throw fileProblem('empty', name);
    case 'encrypted':
      throw fileProblem('encrypted', name);
    case 'xls':
      throw fileProblem('xls', name);
    case 'text':
      throw fileProblem('text', name);
    case 'ole-other':
    case 'unknown':
      throw fileProblem('not-workbook', name);
    case 'zip':
      break;
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw fileProblem('corrupt-zip', name, reason(error));
  }
  if (!holdsWorkbook(zip)) throw fileProblem('zip-not-workbook', name);
  const unpacked = unpackedBytes(zip);
  if (unpacked > MAX_UNPACKED_BYTES) throw fileProblem('too-large', name, `${Math.round(unpacked / 1024 / 1024)} MB`);
  opened?.(zip);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs' typings ask for a node Buffer; it hands the bytes to JSZip, which takes a Uint8Array too.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw fileProblem('corrupt-workbook', name, reason(error));
  }
  return { workbook, zip };
}
