// From the copy exceljs wrote to the checked copy's bytes: the few sheets whose links change are
// edited as text and compressed anew; every other part keeps the bytes exceljs compressed.
import { internalLinksAsLocations } from './internal-links';
import { addLocationLinks, type LinksBySheet } from './keep-location-links';
import { OutputParts } from './zip-package';

/** `written` (exceljs's writeBuffer) with `links` added by sheet. */
export async function finishPackage(written: Uint8Array, links: LinksBySheet): Promise<Uint8Array> {
  const parts = await OutputParts.open(written);
  await internalLinksAsLocations(parts);
  await addLocationLinks(parts, links);
  return parts.pack();
}
