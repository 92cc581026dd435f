// A sheet's hyperlinks to places inside the workbook (`location` only, no relationship), read from
// and written into sheet XML as text. exceljs drops such links when it reads a file (its issue
// 920); keep-location-links.ts carries them from the user's file into the checked copy.
import { xmlAttribute } from './sheet-parts';

export interface LocationLink {
  /** The cell, as written in the file. */
  ref: string;
  /** The element rebuilt from the attributes Excel defines, their values escaped as they were. */
  tag: string;
}

// The attributes of CT_Hyperlink apart from the relationship id: any other (a namespaced extra)
// could name a prefix the copy does not declare.
const KEPT_ATTRIBUTES = ['ref', 'location', 'tooltip', 'display'];

const HYPERLINK = /<hyperlink\b[^>]*?(?:\/>|>\s*<\/hyperlink>)/g;

/** A relationship id under whatever prefix the file gives the relationships namespace. */
const RELATIONSHIP_ID = /\s[A-Za-z_][\w.-]*:id\s*=/;

export function locationLinksOf(sheetXml: string): LocationLink[] {
  const links: LocationLink[] = [];
  const seen = new Set<string>();
  const block = sheetXml.match(/<hyperlinks\b[^>]*>[\s\S]*?<\/hyperlinks>/);
  for (const tag of block?.[0].match(HYPERLINK) ?? []) {
    const ref = xmlAttribute(tag, 'ref');
    if (ref === null || xmlAttribute(tag, 'location') === null || RELATIONSHIP_ID.test(tag)) continue;
    if (seen.has(ref)) continue;
    seen.add(ref);
    const attributes = KEPT_ATTRIBUTES.flatMap((name) => {
      const value = xmlAttribute(tag, name);
      return value === null ? [] : [` ${name}="${value.replace(/"/g, '&quot;')}"`];
    });
    links.push({ ref, tag: `<hyperlink${attributes.join('')}/>` });
  }
  return links;
}

// CT_Worksheet's elements that come after <hyperlinks>, in schema order.
const AFTER_HYPERLINKS = [
  'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties',
  'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF',
  'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];

/** Where the elements before <hyperlinks> end: an extLst inside a conditional format is not the sheet's. */
function endOfEarlierElements(sheetXml: string): number {
  let end = 0;
  for (const closing of [/<\/sheetData>|<sheetData\s*\/>/g, /<\/mergeCells>/g, /<\/conditionalFormatting>/g, /<\/dataValidations>/g]) {
    for (const match of sheetXml.matchAll(closing)) end = Math.max(end, match.index + match[0].length);
  }
  return end;
}

function newBlockPosition(sheetXml: string): number {
  const from = endOfEarlierElements(sheetXml);
  const rest = sheetXml.slice(from);
  const next = rest.search(new RegExp(`<(?:${AFTER_HYPERLINKS.join('|')})[\\s/>]`));
  if (next >= 0) return from + next;
  return sheetXml.lastIndexOf('</worksheet>');
}

/** The sheet with `links` added: into its <hyperlinks> (a cell already linked keeps its link), else a new one. */
export function withLocationLinks(sheetXml: string, links: LocationLink[]): string {
  const block = sheetXml.match(/<hyperlinks\b[^>]*>[\s\S]*?<\/hyperlinks>|<hyperlinks\b[^>]*\/>/);
  if (block?.index !== undefined) {
    const linked = new Set((block[0].match(HYPERLINK) ?? []).map((tag) => xmlAttribute(tag, 'ref')));
    const missing = links.filter((link) => !linked.has(link.ref));
    if (missing.length === 0) return sheetXml;
    const inner = block[0].endsWith('/>') ? '' : block[0].slice(block[0].indexOf('>') + 1, block[0].lastIndexOf('</hyperlinks>'));
    const merged = `<hyperlinks>${inner}${missing.map((link) => link.tag).join('')}</hyperlinks>`;
    return sheetXml.slice(0, block.index) + merged + sheetXml.slice(block.index + block[0].length);
  }
  if (links.length === 0) return sheetXml;
  const at = newBlockPosition(sheetXml);
  if (at < 0) return sheetXml;
  return `${sheetXml.slice(0, at)}<hyperlinks>${links.map((link) => link.tag).join('')}</hyperlinks>${sheetXml.slice(at)}`;
}
