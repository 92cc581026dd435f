// From what exceljs stored to the checked copy's bytes, in one pass: exceljs writes its parts
// uncompressed, the few sheets whose links change are edited as text, and the packer compresses
// every part once. Before, exceljs deflated everything and two passes unpacked the copy again to
// fix links and packed it again, each time deflating every part anew.
import { internalLinksAsLocations } from './internal-links';
import { addLocationLinks, type LinksBySheet } from './keep-location-links';
import { PackageParts } from './package-parts';
import { readStoredZip } from './zip-entries';
import type { ZipPacker } from './zip-packer';

/** What exceljs writes for finishPackage: parts stored, not compressed. */
export const STORED_PACKAGE = { zip: { compression: 'STORE' as const } };

/** `stored` (exceljs' output with STORED_PACKAGE) with `links` added by sheet, packed by `pack`. */
export async function finishPackage(stored: Uint8Array, links: LinksBySheet, pack: ZipPacker): Promise<Uint8Array> {
  const parts = new PackageParts(readStoredZip(stored));
  internalLinksAsLocations(parts);
  await addLocationLinks(parts, links);
  return pack(parts.entries);
}
