// What kind of file the bytes are, from their first bytes (not the name): people rename files.
import { isOle2, oleEntryNames } from './ole';

export type FileKind =
  | 'empty'
  | 'zip'
  | 'encrypted' // an OLE2 file with EncryptionInfo: an .xlsx saved with a password
  | 'xls' // an OLE2 file with a Workbook stream: Excel 97–2003
  | 'ole-other' // an OLE2 file that is neither (a .doc, a damaged file)
  | 'text' // CSV or any other text
  | 'unknown';

const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06], // an empty zip
];

function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return true; // UTF-16 BOM
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control <= head.length / 100;
}

export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (ZIP_SIGNATURES.some((sig) => sig.every((b, i) => bytes[i] === b))) return 'zip';
  if (isOle2(bytes)) {
    const names = oleEntryNames(bytes);
    if (names.includes('EncryptionInfo') || names.includes('EncryptedPackage')) return 'encrypted';
    if (names.includes('Workbook') || names.includes('Book')) return 'xls';
    return 'ole-other';
  }
  if (looksLikeText(bytes)) return 'text';
  return 'unknown';
}
