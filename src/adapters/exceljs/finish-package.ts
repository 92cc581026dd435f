// From exceljs's stored package to the checked copy's bytes, in one pass: the few sheets whose links
// change are edited as text, then every part is compressed once.
import { internalLinksAsLocations } from './internal-links';
import { addLocationLinks, type LinksBySheet } from './keep-location-links';
import { OutputParts } from './zip-package';

/** `stored` (exceljs's writeBuffer with STORED) with `links` added by sheet, packed (see OutputParts.pack). */
export async function finishPackage(stored: Uint8Array, links: LinksBySheet, inWorkers = false): Promise<Uint8Array> {
  const parts = new OutputParts(stored);
  internalLinksAsLocations(parts);
  await addLocationLinks(parts, links);
  return parts.pack(inWorkers);
}
