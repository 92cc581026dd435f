// Node only: part-element.ts on Node's zlib. A user's sheet of 100,000 rows unpacks to tens of MB;
// JSZip inflates it in JavaScript on the main thread, zlib on the thread pool while the check runs,
// and the element is found in the bytes, so only the element itself becomes text.
import type JSZip from 'jszip';
import { promisify } from 'util';
import * as zlib from 'zlib';
import { firstElement, wholeElement } from './part-element';

const inflateRaw = promisify<zlib.InputType, zlib.ZlibOptions, Buffer>(zlib.inflateRaw);

/** JSZip's record of a part it read from a file: internal, so checked before use. */
interface StoredPart {
  compression?: { magic?: string };
  compressedContent?: Uint8Array;
  uncompressedSize?: number;
}

/**
 * zlib hands each chunk of output back to the main thread before it goes on, 16 KB by default:
 * while exceljs keeps the main thread busy, a 58 MB sheet would wait thousands of turns. One chunk
 * the size the package declares lets it finish on the thread pool in one go (a false size costs
 * only more chunks), within a bound on what is set aside up front.
 */
const MAX_CHUNK = 128 * 1024 * 1024;
function chunkSize(declared: number | undefined): number {
  return Math.min(MAX_CHUNK, Math.max(64 * 1024, ((declared ?? 0) >>> 0) + 1));
}

const DEFLATE = '\x08\x00';
const STORE = '\x00\x00';
/** What may follow an element's name in its opening tag. */
const AFTER_NAME = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3e, 0x2f]);

/** The first `<name>` element in UTF-8 bytes of XML, or null. */
export function elementInBytes(bytes: Buffer, name: string): string | null {
  const opening = Buffer.from(`<${name}`, 'utf8');
  for (let at = bytes.indexOf(opening); at >= 0; at = bytes.indexOf(opening, at + 1)) {
    if (!AFTER_NAME.has(bytes[at + opening.length])) continue;
    return bytes.toString('utf8', at).match(wholeElement(name))?.[0] ?? null;
  }
  return null;
}

export async function nodeFirstElement(file: JSZip.JSZipObject, name: string): Promise<string | null> {
  const part = (file as unknown as { _data?: StoredPart })._data;
  const content = part?.compressedContent;
  const magic = part?.compression?.magic;
  // A part JSZip holds some other way (not read from a file, or another method): its own reader.
  if (!(content instanceof Uint8Array) || (magic !== DEFLATE && magic !== STORE)) return firstElement(file, name);
  const bytes =
    magic === DEFLATE ? await inflateRaw(content, { chunkSize: chunkSize(part?.uncompressedSize) }) : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  return elementInBytes(bytes, name);
}
