// Node only: packs the checked copy with Node's own zlib. JSZip deflates in JavaScript on the main
// thread (pako), about four seconds for a 100,000-row round; zlib's native deflate runs on the
// thread pool. A large part is deflated in pieces at once, pigz-style, so both cores share the
// largest sheet too: each piece starts from the 32 KB before it as its dictionary and all but the
// last end on a sync flush, so the pieces joined are one deflate stream, about as small as one pass.
// The zip is written here: local headers, the central directory, no data descriptors (sizes are
// known) and no zip64 (parts stay far below 4 GB).
import { promisify } from 'util';
import * as zlib from 'zlib';
import { crc32 as jsCrc32 } from './crc32';
import type { ZipPacker } from './zip-packer';
import type { ZipEntry } from './zip-entries';

const deflateRaw = promisify<zlib.InputType, zlib.ZlibOptions, Buffer>(zlib.deflateRaw);
/** zlib.crc32 came with Node 20.15 and 22.2; the package allows any Node 20. */
const crc32: (data: Uint8Array) => number = (zlib as { crc32?: (data: Uint8Array) => number }).crc32 ?? jsCrc32;

const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;
/** Version 2.0: deflate and folders. */
const VERSION = 20;
const FOLDER_ATTRIBUTE = 0x10;
const LIMIT = 0xffffffff;

interface Packed {
  entry: ZipEntry;
  name: Buffer;
  method: number;
  crc: number;
  body: Uint8Array;
  offset: number;
}

/** Deflate's window: what a piece may refer back to. */
const WINDOW = 32 * 1024;
/** Pieces big enough that the dictionary costs little, small enough to share a sheet among cores. */
const PIECE = 4 * 1024 * 1024;

/**
 * zlib returns to the main thread after each chunk of output (16 KB by default): a chunk as large
 * as the piece itself could deflate to lets a piece finish on the thread pool in one go.
 */
function outputChunk(length: number): number {
  return Math.max(64 * 1024, length + (length >> 8) + 1024);
}

/** One raw deflate stream of `data`, deflated in pieces of `piece` bytes at once. */
export async function deflateInPieces(data: Uint8Array, piece: number = PIECE): Promise<Uint8Array> {
  if (data.length <= piece) return deflateRaw(data, { chunkSize: outputChunk(data.length) });
  const starts: number[] = [];
  for (let start = 0; start < data.length; start += piece) starts.push(start);
  const pieces = await Promise.all(
    starts.map((start, i) =>
      deflateRaw(data.subarray(start, Math.min(data.length, start + piece)), {
        chunkSize: outputChunk(Math.min(piece, data.length - start)),
        ...(start > 0 ? { dictionary: data.subarray(Math.max(0, start - WINDOW), start) } : {}),
        // A sync flush ends a piece on a byte boundary without marking the stream's last block.
        finishFlush: i === starts.length - 1 ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
      }),
    ),
  );
  return Buffer.concat(pieces);
}

async function packEntry(entry: ZipEntry, piece: number): Promise<Omit<Packed, 'offset'>> {
  const name = Buffer.from(entry.name, 'utf8');
  const crc = entry.crc32 ?? crc32(entry.data);
  if (entry.data.length === 0) return { entry, name, method: STORED, crc, body: entry.data };
  return { entry, name, method: DEFLATED, crc, body: await deflateInPieces(entry.data, piece) };
}

/** The fields local headers and directory entries share, from "version needed" to the extra field's length. */
function commonFields(packed: Packed): Buffer {
  const fields = Buffer.alloc(26);
  fields.writeUInt16LE(VERSION, 0);
  fields.writeUInt16LE(UTF8_NAMES, 2);
  fields.writeUInt16LE(packed.method, 4);
  fields.writeUInt16LE(packed.entry.dosTime, 6);
  fields.writeUInt16LE(packed.entry.dosDate, 8);
  fields.writeUInt32LE(packed.crc, 10);
  fields.writeUInt32LE(packed.body.length, 14);
  fields.writeUInt32LE(packed.entry.data.length, 18);
  fields.writeUInt16LE(packed.name.length, 22);
  fields.writeUInt16LE(0, 24);
  return fields;
}

function localHeader(packed: Packed): Buffer {
  const signature = Buffer.alloc(4);
  signature.writeUInt32LE(0x04034b50, 0);
  return Buffer.concat([signature, commonFields(packed), packed.name]);
}

function directoryEntry(packed: Packed): Buffer {
  const head = Buffer.alloc(6);
  head.writeUInt32LE(0x02014b50, 0);
  head.writeUInt16LE(VERSION, 4); // made by: MS-DOS attributes
  const tail = Buffer.alloc(14);
  // comment length, disk number, internal attributes: 0
  tail.writeUInt32LE(packed.entry.name.endsWith('/') ? FOLDER_ATTRIBUTE : 0, 6);
  tail.writeUInt32LE(packed.offset, 10);
  return Buffer.concat([head, commonFields(packed), tail, packed.name]);
}

function endOfDirectory(count: number, size: number, offset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
}

/** A packer on Node's zlib; `piece` (bytes) is for tests, to split small parts too. */
export function nodeZipPackerWith(piece: number = PIECE): ZipPacker {
  return (entries) => packEntries(entries, piece);
}

export const nodeZipPacker: ZipPacker = nodeZipPackerWith();

async function packEntries(entries: ZipEntry[], piece: number): Promise<Uint8Array> {
  if (entries.length > 0xffff) throw new RangeError(`${entries.length} parts need zip64`);
  const packed = await Promise.all(entries.map((entry) => packEntry(entry, piece)));
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const placed = packed.map((part) => {
    const withOffset = { ...part, offset };
    const header = localHeader(withOffset);
    chunks.push(header, part.body);
    offset += header.length + part.body.length;
    if (offset > LIMIT || part.entry.data.length > LIMIT) throw new RangeError(`${part.entry.name} needs zip64`);
    return withOffset;
  });
  const directory = Buffer.concat(placed.map(directoryEntry));
  chunks.push(directory, endOfDirectory(placed.length, directory.length, offset));
  return new Uint8Array(Buffer.concat(chunks));
}
