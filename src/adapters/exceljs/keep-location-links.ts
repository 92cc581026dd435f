// Puts back into the checked copy the user's links to places inside the workbook, which exceljs
// drops when it reads a file (location-links.ts). Sheets are matched by name, not by part file.
// Shenbao's own sheets are left out: they are written fresh, with their own links.
import JSZip from 'jszip';
import { firstElement } from './part-element';
import { locationLinksOf, withLocationLinks, type LocationLink } from './location-links';
import { sheetPartsByName } from './sheet-parts';

async function linksBySheet(input: JSZip, leaveOut: Set<string>): Promise<Map<string, LocationLink[]>> {
  const links = new Map<string, LocationLink[]>();
  for (const [name, part] of await sheetPartsByName(input)) {
    if (leaveOut.has(name)) continue;
    const file = input.file(part);
    const block = file ? await firstElement(file, 'hyperlinks') : null;
    if (block === null) continue;
    const found = locationLinksOf(block);
    if (found.length > 0) links.set(name, found);
  }
  return links;
}

/**
 * `output` with each user sheet's location links from `input` added (a cell already linked in the
 * copy keeps that link). `ourSheets`: the names of the sheets Shenbao wrote. The bytes come back
 * unchanged when the user's file has no such link.
 */
export async function keepLocationLinks(input: JSZip, output: Uint8Array, ourSheets: string[]): Promise<Uint8Array> {
  const links = await linksBySheet(input, new Set(ourSheets.map((name) => name.toLowerCase())));
  if (links.size === 0) return output;
  const zip = await JSZip.loadAsync(output);
  const parts = await sheetPartsByName(zip);
  let changed = false;
  for (const [name, sheetLinks] of links) {
    const part = parts.get(name);
    const file = part === undefined ? null : zip.file(part);
    if (!part || !file) continue;
    const before = await file.async('string');
    const after = withLocationLinks(before, sheetLinks);
    if (after === before) continue;
    zip.file(part, after);
    changed = true;
  }
  if (!changed) return output;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
