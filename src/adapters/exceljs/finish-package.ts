// From the parts exceljs rendered to the checked copy's bytes, in one pass: the parts come
// uncompressed (render-parts.ts), the few sheets whose links change are edited as text, and the
// packer compresses every part once. Before, exceljs deflated everything and two passes unpacked
// the copy again to fix links and packed it again, each time deflating every part anew.
import { internalLinksAsLocations } from './internal-links';
import { addLocationLinks, type LinksBySheet } from './keep-location-links';
import { PackageParts } from './package-parts';
import type { ZipEntry } from './zip-entries';
import type { ZipPacker } from './zip-packer';

/** `rendered` (renderParts' entries, which it takes over) with `links` added by sheet, packed by `pack`. */
export async function finishPackage(rendered: ZipEntry[], links: LinksBySheet, pack: ZipPacker): Promise<Uint8Array> {
  const parts = new PackageParts(rendered);
  internalLinksAsLocations(parts);
  await addLocationLinks(parts, links);
  return pack(parts.entries);
}
