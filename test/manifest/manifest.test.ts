// The add-in's manifest as Office will read it: our own offline checker finds nothing, and
// Microsoft's own reader (office-addin-manifest) sees the same facts.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { checkManifestFile } from '../../scripts/manifest/check';
import { pngSize } from '../../scripts/manifest/png-size';
import { MANIFEST, REPO } from './manifest-fixture';

/**
 * office-addin-manifest's reader, run in plain Node: it needs an ES-module-only dependency (uuid)
 * that jest's CommonJS runtime cannot load.
 */
function readWithMicrosoftsReader(
  file: string,
): Record<string, unknown> & { defaultSettings?: { sourceLocation?: string } } {
  const script =
    "require('office-addin-manifest/lib/manifestOperations').OfficeAddinManifest.readManifestFile(process.argv[1])" +
    '.then((info) => process.stdout.write(JSON.stringify(info)))';
  return JSON.parse(
    execFileSync(process.execPath, ['-e', script, file], { cwd: REPO, encoding: 'utf8' }),
  );
}

describe('manifest.xml', () => {
  it('passes every offline check', () => {
    const { problems, summary } = checkManifestFile(MANIFEST);
    expect(problems).toEqual([]);
    expect(summary).toMatchObject({
      displayName: '申报助手',
      origin: 'https://localhost:3000',
      built: false,
    });
  });

  it("reads the same through Microsoft's manifest reader", () => {
    const info = readWithMicrosoftsReader(MANIFEST);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.defaultLocale).toBe('zh-CN');
    expect(info.displayName).toBe('申报助手');
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.defaultSettings?.sourceLocation).toBe('https://localhost:3000/taskpane.html');
  });

  it('names the English display name and the two ribbon buttons in both languages', () => {
    const xml = fs.readFileSync(MANIFEST, 'utf8');
    expect(xml).toContain('<Override Locale="en-US" Value="Shenbao"/>');
    expect(xml).toMatch(
      /DefaultValue="一键校验">\s*<bt:Override Locale="en-US" Value="Check all rows"\/>/,
    );
    expect(xml).toContain('<FunctionName>runCheck</FunctionName>');
    expect(xml).toContain('<OfficeTab id="TabHome">');
  });
});

describe('the icons in assets/', () => {
  it.each([16, 32, 64, 80, 128])(
    'icon-%i.png is a PNG of exactly that many pixels a side',
    (size) => {
      expect(pngSize(path.join(REPO, 'assets', `icon-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    },
  );

  it('reports a file that is not a PNG', () => {
    expect(pngSize(MANIFEST)).toBeNull();
  });
});
