// help.html, the pane's loading message and the README name the same minimum Excel, the one the
// manifest asks for (ExcelApi 1.4 is Excel 2016).
import * as fs from 'fs';
import * as path from 'path';

const read = (file: string) => fs.readFileSync(path.join(__dirname, '../..', file), 'utf8');

it('names Excel 2016 or later everywhere, and nowhere a later minimum', () => {
  expect(read('manifest.xml')).toContain('<Set Name="ExcelApi" MinVersion="1.4"/>');
  for (const file of ['assets/help.html', 'src/taskpane/taskpane.html']) {
    const text = read(file);
    expect(text).toContain('Excel 2016 或更高版本');
    expect(text).toContain('Excel 2016 or later');
    expect(text).not.toMatch(/Excel 2021 (及以上|or later)/);
  }
  expect(read('README.md')).toMatch(/Minimum: \*\*ExcelApi 1\.4\*\*: Excel 2016 or later/);
});
