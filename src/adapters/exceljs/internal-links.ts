// exceljs writes a link to a cell of the same workbook as an *external* relationship ("#'Sheet'!A5")
// plus a `location` that repeats the '#'; Excel then looks for a file and LibreOffice ignores it
// (exceljs issues 749, 3027). This rewrites such links the way Excel itself saves them: only
// `location="'Sheet'!A5"`, no relationship. Only sheets that hold such a link are touched.
import JSZip from 'jszip';

const HYPERLINK_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

function attr(tag: string, name: string): string | null {
  const match = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return match ? match[1] : null;
}

export async function fixInternalLinks(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const relsFile of zip.file(/^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/)) {
    const rels = await relsFile.async('string');
    const internalTargets = new Map<string, string>();
    const keptRels = rels.replace(/<Relationship\s[^>]*\/>/g, (tag) => {
      const target = attr(tag, 'Target');
      if (attr(tag, 'Type') !== HYPERLINK_REL || !target?.startsWith('#')) return tag;
      internalTargets.set(attr(tag, 'Id') ?? '', target);
      return '';
    });
    if (internalTargets.size === 0) continue;
    const sheetPath = relsFile.name.replace('_rels/', '').replace(/\.rels$/, '');
    const sheetFile = zip.file(sheetPath);
    if (!sheetFile) continue;
    const sheet = (await sheetFile.async('string')).replace(/<hyperlink\s[^>]*\/>/g, (tag) => {
      const id = attr(tag, 'r:id');
      const target = id ? internalTargets.get(id) : undefined;
      if (target === undefined) return tag;
      // The target is already escaped for an XML attribute, so it can move as it is.
      const location = target.replace(/^#/, '');
      return tag.replace(/\sr:id="[^"]*"/, '').replace(/\slocation="[^"]*"/, '').replace('<hyperlink', `<hyperlink location="${location}"`);
    });
    zip.file(sheetPath, sheet);
    zip.file(relsFile.name, keptRels);
    changed = true;
  }
  if (!changed) return bytes;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
