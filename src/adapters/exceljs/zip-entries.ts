// A part of the checked copy's package, and the entries of an uncompressed (STORE) zip as views on
// its bytes: how render-parts.ts takes exceljs's parts when its writer's steps are not at hand, so
// that they are still compressed once, after the links are in (finish-package.ts).
// Browser-safe: plain bytes, no fs, no zlib.

export interface ZipEntry {
  /** The path inside the package; a folder's ends with '/'. */
  name: string;
  data: Uint8Array;
  /** CRC-32 of `data`, when known: one read from a zip has it; one rendered or changed has none, and the packer computes it. */
  crc32?: number;
  /** The MS-DOS time and date fields the writer stamped. */
  dosTime: number;
  dosDate: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** Bytes that are not the stored zip this reader expects: a bug in the writer, not the user's file. */
export class StoredZipError extends Error {}

function endOfDirectory(view: DataView): number {
  // The record is 22 bytes, followed by a comment of at most 65,535 bytes.
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new StoredZipError('no end of central directory');
}

/** Every entry in directory order. Throws StoredZipError for a compressed entry or a zip64 package. */
export function readStoredZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new StoredZipError(`bad directory entry ${i}`);
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (method !== 0) throw new StoredZipError(`${name} is compressed (method ${method})`);
    if (size === 0xffffffff || local === 0xffffffff) throw new StoredZipError(`${name} needs zip64`);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new StoredZipError(`bad local header for ${name}`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({
      name,
      data: bytes.subarray(start, start + size),
      crc32: view.getUint32(at + 16, true),
      dosTime: view.getUint16(at + 12, true),
      dosDate: view.getUint16(at + 14, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}
