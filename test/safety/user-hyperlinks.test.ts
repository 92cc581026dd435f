// The user's own hyperlinks reach the checked copy: links to a place inside the workbook (which
// exceljs drops on reading) and links to a web address, on the same cells with the same targets,
// once each however often the copy is checked again; and the copy still opens.
import JSZip from 'jszip';
import { checkWorkbookBytes } from '../../src/adapters/exceljs/check-bytes';
import { hunan2022 } from '../../src/core/pack/hunan-2022';
import { loadBytes } from '../adapters/exceljs/cell-snapshot';
import { handMadeXlsx } from '../fixtures/hand-made-xlsx';

const options = { pack: hunan2022, lang: 'zh' as const };

const URL_ESCAPED = 'https://www.hnast.org.cn/notice?id=7&amp;year=2022';
const URL = 'https://www.hnast.org.cn/notice?id=7&year=2022';
// Values as Excel escapes them; the copy must carry these very strings.
const TO_LIST = '&apos;名单 &amp; 附表&apos;!A1';
const TO_SUBMISSIONS = '&apos;申报汇总&apos;!B3';
const TO_GUIDE = '&apos;说明&apos;!A2';

/** A file as Excel writes one: the submissions sheet, a list with both kinds of link, and a notes sheet. */
async function linkedWorkbook(): Promise<Uint8Array> {
  const bytes = await handMadeXlsx([
    {
      name: '申报汇总',
      rows: [
        ['申报单位', '单位类型', '申报类别', '项目名称', '申请金额（万元）', '计划完成日期'],
        ['湖南省物理学会', '省级学会', '3.1.1', '青年论坛', 8, '2022-11-30'],
        ['湖南省化学会', '省级学会', '3.1.1', '化学沙龙', 50, '2022-12-31'],
      ],
    },
    { name: '名单 & 附表', rows: [['单位'], ['湖南省物理学会'], ['指南原文']] },
    { name: '说明', rows: [['返回名单'], ['填表须知']] },
  ]);
  const zip = await JSZip.loadAsync(bytes);
  const add = async (part: string, block: string) => {
    const xml = await zip.file(part)!.async('string');
    zip.file(part, xml.replace('</worksheet>', `${block}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`));
  };
  await add('xl/worksheets/sheet1.xml', `<hyperlinks><hyperlink ref="A1" location="${TO_LIST}" display="名单"/></hyperlinks>`);
  await add('xl/worksheets/sheet2.xml', `<hyperlinks><hyperlink ref="A2" location="${TO_SUBMISSIONS}" tooltip="看申报"/><hyperlink ref="A3" r:id="rId1"/></hyperlinks>`);
  zip.file(
    'xl/worksheets/_rels/sheet2.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${URL_ESCAPED}" TargetMode="External"/></Relationships>`,
  );
  await add('xl/worksheets/sheet3.xml', `<hyperlinks><hyperlink ref="A1" location="${TO_GUIDE}"/></hyperlinks>`);
  await swapParts(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * Sheet 2 is stored in sheet3.xml and sheet 3 in sheet2.xml, as in a file whose sheets were moved:
 * exceljs numbers its parts in sheet order, so links taken by part file would land on the wrong sheet.
 */
async function swapParts(zip: JSZip): Promise<void> {
  const second = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
  const third = await zip.file('xl/worksheets/sheet3.xml')!.async('string');
  const secondRels = await zip.file('xl/worksheets/_rels/sheet2.xml.rels')!.async('string');
  zip.file('xl/worksheets/sheet2.xml', third);
  zip.file('xl/worksheets/sheet3.xml', second);
  zip.remove('xl/worksheets/_rels/sheet2.xml.rels');
  zip.file('xl/worksheets/_rels/sheet3.xml.rels', secondRels);
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace('Target="worksheets/sheet2.xml"', 'Target="SWAP"').replace('Target="worksheets/sheet3.xml"', 'Target="/xl/worksheets/sheet2.xml"').replace('Target="SWAP"', 'Target="worksheets/sheet3.xml"'),
  );
}

interface SheetLinks {
  xml: string;
  /** Each <hyperlink> by cell: its location, or the web address its relationship points to. */
  links: { ref: string; location: string | null; target: string | null }[];
}

const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1] ?? null;

/** The sheet's XML and links, found by sheet name through workbook.xml, as Excel would. */
async function sheetLinks(bytes: Uint8Array, sheet: string): Promise<SheetLinks> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const escaped = sheet.replace(/&/g, '&amp;');
  const id = [...workbook.matchAll(/<sheet\s[^>]*>/g)].map((m) => m[0]).find((tag) => attribute(tag, 'name') === escaped);
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const relTag = [...rels.matchAll(/<Relationship\s[^>]*>/g)].map((m) => m[0]).find((tag) => attribute(tag, 'Id') === attribute(id!, 'r:id'));
  const part = `xl/${attribute(relTag!, 'Target')!.replace(/^\/?xl\//, '')}`;
  const xml = await zip.file(part)!.async('string');
  const sheetRels = (await zip.file(part.replace('worksheets/', 'worksheets/_rels/') + '.rels')?.async('string')) ?? '';
  const targets = new Map([...sheetRels.matchAll(/<Relationship\s[^>]*>/g)].map((m) => [attribute(m[0], 'Id'), attribute(m[0], 'Target')]));
  const links = [...xml.matchAll(/<hyperlink\s[^>]*>/g)].map(({ 0: tag }) => ({
    ref: attribute(tag, 'ref')!,
    location: attribute(tag, 'location'),
    target: targets.get(attribute(tag, 'r:id')) ?? null,
  }));
  return { xml, links: links.sort((a, b) => a.ref.localeCompare(b.ref)) };
}

/** What each user sheet of linkedWorkbook links to, by cell. */
const USER_LINKS: Record<string, SheetLinks['links']> = {
  申报汇总: [{ ref: 'A1', location: TO_LIST, target: null }],
  '名单 & 附表': [
    { ref: 'A2', location: TO_SUBMISSIONS, target: null },
    { ref: 'A3', location: null, target: URL_ESCAPED },
  ],
  说明: [{ ref: 'A1', location: TO_GUIDE, target: null }],
};

describe('the user’s hyperlinks in the checked copy', () => {
  let input: Uint8Array;
  let once: Awaited<ReturnType<typeof checkWorkbookBytes>>;
  beforeAll(async () => {
    input = await linkedWorkbook();
    once = await checkWorkbookBytes(input, '带链接.xlsx', options);
  });

  test('a link to a place in the workbook and a link to a web address: same cells, same targets', async () => {
    expect((await sheetLinks(once.output, '名单 & 附表')).links).toEqual(USER_LINKS['名单 & 附表']);
    expect((await sheetLinks(once.output, '说明')).links).toEqual(USER_LINKS['说明']);
  });

  test('the submissions sheet keeps its link beside the result columns', async () => {
    expect((await sheetLinks(once.output, '申报汇总')).links).toEqual(USER_LINKS['申报汇总']);
  });

  test('what the link shows on hover and the text it shows are kept', async () => {
    const { xml } = await sheetLinks(once.output, '名单 & 附表');
    expect(xml).toContain('tooltip="看申报"');
    expect((await sheetLinks(once.output, '申报汇总')).xml).toContain('display="名单"');
  });

  test('a new <hyperlinks> sits where the schema puts it: after the cells, before the page margins', async () => {
    const { xml } = await sheetLinks(once.output, '说明');
    const links = xml.indexOf('<hyperlinks>');
    expect(links).toBeGreaterThan(xml.indexOf('</sheetData>'));
    expect(links).toBeLessThan(xml.indexOf('<pageMargins'));
  });

  test('checking the checked copy again keeps each link once', async () => {
    const twice = await checkWorkbookBytes(once.output, '带链接.xlsx', options);
    for (const [sheet, links] of Object.entries(USER_LINKS)) expect((await sheetLinks(twice.output, sheet)).links).toEqual(links);
  });

  test('问题清单 has its own row links, none of the user’s', async () => {
    const { links } = await sheetLinks(once.output, once.plan.issues.name);
    expect(links.length).toBe(once.plan.issues.links.length);
    for (const link of links) expect(link.location).toMatch(/^&apos;申报汇总&apos;!A\d+$/);
  });

  test('the copy opens in exceljs with the cells’ text and the web link as they were', async () => {
    const wb = await loadBytes(once.output);
    const list = wb.getWorksheet('名单 & 附表')!;
    expect(list.getCell('A2').value).toBe('湖南省物理学会');
    expect(list.getCell('A3').value).toEqual({ text: '指南原文', hyperlink: URL });
  });
});
