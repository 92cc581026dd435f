// Bytes → an exceljs workbook, or one clear sentence saying why not. Browser-safe (no fs): the
// command line reads the file with load-file.ts and comes here with its bytes.
import * as ExcelJS from 'exceljs';
import { fileKind } from './file-kind';
import { fileProblem } from './workbook-file-error';
import { InputPackage } from './zip-package';

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  /** The file as a zip package, for what exceljs does not carry over (unsupported.ts, keep-location-links.ts). */
  parts: InputPackage;
}

export function toUint8Array(bytes: Uint8Array | ArrayBuffer): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

function holdsWorkbook(parts: InputPackage): boolean {
  return parts.has('xl/workbook.xml') || (parts.has('[Content_Types].xml') && parts.names(/^xl\/workbook/).length > 0);
}

/**
 * The most a workbook may unpack to. A real round of 100,000 rows unpacks to a few hundred MB;
 * a file claiming more (a "zip bomb", or a sheet of endless empty rows) would exhaust memory first.
 */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Opens the bytes of an .xlsx; throws WorkbookFileError naming `name` when they are not one. */
export async function loadWorkbookBytes(input: Uint8Array | ArrayBuffer, name: string): Promise<LoadedWorkbook> {
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
  let parts: InputPackage;
  try {
    parts = await InputPackage.open(bytes);
  } catch (error) {
    throw fileProblem('corrupt-zip', name, reason(error));
  }
  if (!holdsWorkbook(parts)) throw fileProblem('zip-not-workbook', name);
  const unpacked = await parts.unpackedBytes(MAX_UNPACKED_BYTES);
  if (unpacked > MAX_UNPACKED_BYTES) throw fileProblem('too-large', name, `${Math.round(unpacked / 1024 / 1024)} MB`);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs' typings ask for a node Buffer; it hands the bytes to JSZip, which takes a Uint8Array too.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw fileProblem('corrupt-workbook', name, reason(error));
  }
  return { workbook, parts };
}
