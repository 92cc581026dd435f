import { locationLinksOf, withLocationLinks } from '../../../src/adapters/exceljs/location-links';

const sheet = (body: string) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/>${body}</worksheet>`;

describe('reading a sheet’s links to places inside the workbook', () => {
  test('only links with a location and no relationship are taken, with their values escaped as written', () => {
    const xml = sheet(
      '<hyperlinks>' +
        '<hyperlink ref="B5" location="&apos;名单&apos;!A1" display="见 &quot;名单&quot; &amp; 附表"/>' +
        '<hyperlink ref="C5" r:id="rId1"/>' +
        '<hyperlink ref="D5" r:id="rId2" location="part"/>' +
        '<hyperlink ref="E5" display="no target"/>' +
        "<hyperlink ref='F5' location='Sheet2!B2' tooltip='go'></hyperlink>" +
        '</hyperlinks>',
    );
    expect(locationLinksOf(xml)).toEqual([
      { ref: 'B5', tag: '<hyperlink ref="B5" location="&apos;名单&apos;!A1" display="见 &quot;名单&quot; &amp; 附表"/>' },
      { ref: 'F5', tag: '<hyperlink ref="F5" location="Sheet2!B2" tooltip="go"/>' },
    ]);
  });

  test('a relationship under another prefix is still a relationship; attributes Excel does not define are dropped', () => {
    const xml = sheet('<hyperlinks><hyperlink ref="A1" rel:id="rId3" location="x!A1"/><hyperlink ref="A2" location="x!A2" xr:uid="{1}"/></hyperlinks>');
    expect(locationLinksOf(xml)).toEqual([{ ref: 'A2', tag: '<hyperlink ref="A2" location="x!A2"/>' }]);
  });

  test('a sheet without links has none; a cell linked twice is taken once', () => {
    expect(locationLinksOf(sheet('<pageMargins/>'))).toEqual([]);
    const twice = locationLinksOf(sheet('<hyperlinks><hyperlink ref="A1" location="x!A1"/><hyperlink ref="A1" location="x!A9"/></hyperlinks>'));
    expect(twice.map((link) => link.tag)).toEqual(['<hyperlink ref="A1" location="x!A1"/>']);
  });
});

describe('writing them into a sheet of the copy', () => {
  const link = { ref: 'B5', tag: '<hyperlink ref="B5" location="&apos;名单&apos;!A1"/>' };

  test('they join an existing <hyperlinks>; a cell already linked keeps its own link', () => {
    const xml = sheet('<hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="B5" r:id="rId2"/></hyperlinks><pageMargins/>');
    const other = { ref: 'C7', tag: '<hyperlink ref="C7" location="x!A1"/>' };
    expect(withLocationLinks(xml, [link, other])).toBe(
      sheet('<hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="B5" r:id="rId2"/><hyperlink ref="C7" location="x!A1"/></hyperlinks><pageMargins/>'),
    );
  });

  test('adding them twice gives them once', () => {
    const once = withLocationLinks(sheet('<pageMargins/>'), [link]);
    expect(withLocationLinks(once, [link])).toBe(once);
  });

  test('a new <hyperlinks> goes after data validations and before the page margins', () => {
    const xml = sheet('<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><dataValidations count="0"/><pageMargins left="0.7"/><pageSetup/>');
    expect(withLocationLinks(xml, [link])).toBe(
      sheet(`<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><dataValidations count="0"/><hyperlinks>${link.tag}</hyperlinks><pageMargins left="0.7"/><pageSetup/>`),
    );
  });

  test('an extLst inside a conditional format is not taken for the sheet’s own', () => {
    const format = '<conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>1</formula><extLst><ext uri="x"/></extLst></cfRule></conditionalFormatting>';
    const xml = sheet(`${format}<tableParts count="1"/><extLst/>`);
    expect(withLocationLinks(xml, [link])).toBe(sheet(`${format}<hyperlinks>${link.tag}</hyperlinks><tableParts count="1"/><extLst/>`));
  });

  test('with nothing after it, the new <hyperlinks> closes the sheet', () => {
    expect(withLocationLinks(sheet(''), [link])).toBe(sheet(`<hyperlinks>${link.tag}</hyperlinks>`));
  });

  test('no links: the sheet is as it was', () => {
    const xml = sheet('<pageMargins/>');
    expect(withLocationLinks(xml, [])).toBe(xml);
  });
});
