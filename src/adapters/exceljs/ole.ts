// Just enough of the OLE2 compound file format (MS-CFB) to list the names of its streams: an
// encrypted .xlsx is an OLE2 file holding `EncryptionInfo` + `EncryptedPackage`, an old .xls one
// holding `Workbook` (or `Book`). The signature alone cannot tell them apart.

const FREE_OR_END = 0xfffffffa; // sector ids at or above this end a chain
const MAX_DIRECTORY_SECTORS = 4096; // a guard against cycles in a broken file

export const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOle2(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && OLE2_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** The names of the entries in the file's directory; [] when the directory cannot be followed. */
export function oleEntryNames(bytes: Uint8Array): string[] {
  if (!isOle2(bytes) || bytes.length < 512) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorSize = 1 << view.getUint16(0x1e, true);
  if (sectorSize !== 512 && sectorSize !== 4096) return [];
  const sectorOffset = (id: number) => (id + 1) * sectorSize;

  // The FAT's own sectors: the first 109 are listed in the header (enough for files up to ~7 MB
  // with 512-byte sectors; the directory of a larger file almost always lies within them too).
  const fatSectors: number[] = [];
  const fatCount = view.getUint32(0x2c, true);
  for (let i = 0; i < Math.min(fatCount, 109); i++) fatSectors.push(view.getUint32(0x4c + i * 4, true));
  const perFatSector = sectorSize / 4;
  const next = (id: number): number => {
    const fatSector = fatSectors[Math.floor(id / perFatSector)];
    if (fatSector === undefined) return FREE_OR_END;
    const at = sectorOffset(fatSector) + (id % perFatSector) * 4;
    return at + 4 <= bytes.length ? view.getUint32(at, true) : FREE_OR_END;
  };

  const names: string[] = [];
  let sector = view.getUint32(0x30, true);
  for (let steps = 0; sector < FREE_OR_END && steps < MAX_DIRECTORY_SECTORS; steps++) {
    const start = sectorOffset(sector);
    if (start + sectorSize > bytes.length) break;
    for (let entry = start; entry < start + sectorSize; entry += 128) {
      const nameBytes = view.getUint16(entry + 0x40, true);
      const type = bytes[entry + 0x42];
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue; // unused entry
      let name = '';
      for (let k = 0; k < nameBytes - 2; k += 2) name += String.fromCharCode(view.getUint16(entry + k, true));
      names.push(name);
    }
    sector = next(sector);
  }
  return names;
}
