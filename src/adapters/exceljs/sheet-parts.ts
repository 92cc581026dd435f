// Which part of a package holds which sheet: read from the workbook part and its relationships,
// because the part names (sheet1.xml, …) need not match between a user's file and exceljs' copy.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An XML attribute's text as the user typed it: programs escape the same name differently. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}

export function xmlAttribute(tag: string, name: string): string | null {
  const match = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`));
  return match ? (match[1] ?? match[2]) : null;
}

/** `target` of a relationship, resolved against the folder of the part that owns it. */
function resolvePart(folder: string, target: string): string {
  const parts = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const piece of target.split('/')) {
    if (piece === '' || piece === '.') continue;
    if (piece === '..') parts.pop();
    else parts.push(piece);
  }
  return parts.join('/');
}

/** A part of a package as text, or null when the package has none: the user's file, or the copy's parts. */
export type PartText = (path: string) => Promise<string | null> | string | null;

async function workbookPart(text: PartText): Promise<string> {
  const rels = (await text('_rels/.rels')) ?? '';
  for (const tag of rels.match(/<Relationship\s[^>]*>/g) ?? []) {
    if (xmlAttribute(tag, 'Type')?.endsWith('/officeDocument')) return resolvePart('', xmlAttribute(tag, 'Target') ?? '');
  }
  return 'xl/workbook.xml';
}

/** Sheet name (lower case: Excel names differ by more than case) → the path of its part. */
export async function sheetPartsByName(text: PartText): Promise<Map<string, string>> {
  const workbookPath = await workbookPart(text);
  const folder = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/')) : '';
  const workbook = (await text(workbookPath)) ?? '';
  const rels = (await text(`${folder ? `${folder}/` : ''}_rels/${workbookPath.slice(folder ? folder.length + 1 : 0)}.rels`)) ?? '';
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\s[^>]*>/g) ?? []) {
    const id = xmlAttribute(tag, 'Id');
    const target = xmlAttribute(tag, 'Target');
    if (id !== null && target !== null && xmlAttribute(tag, 'TargetMode') !== 'External') targets.set(id, resolvePart(folder, unescapeXml(target)));
  }
  const parts = new Map<string, string>();
  for (const tag of workbook.match(/<sheet\s[^>]*>/g) ?? []) {
    const name = xmlAttribute(tag, 'name');
    const id = xmlAttribute(tag, 'r:id');
    const part = id === null ? undefined : targets.get(id);
    if (name !== null && part !== undefined) parts.set(unescapeXml(name).toLowerCase(), part);
  }
  return parts;
}
