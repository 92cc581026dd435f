// The offline manifest checker: each way a manifest can go wrong is caught and named in one
// sentence that points at the element. Every case edits a scratch copy of the real manifest.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { checkManifestFile } from '../../scripts/manifest/check';
import { manifestCopy, replaceOnce, REPO } from './manifest-fixture';

function problemsAfter(edit: (xml: string) => string, prepare?: (dir: string) => void): string[] {
  const copy = manifestCopy(edit);
  try {
    prepare?.(copy.dir);
    return checkManifestFile(copy.file).problems;
  } finally {
    copy.remove();
  }
}

describe('checkManifestFile', () => {
  it('accepts an unchanged copy', () => {
    expect(problemsAfter((xml) => xml)).toEqual([]);
  });

  it('reports XML that is not well-formed, with where the parser stopped', () => {
    const problems = problemsAfter(replaceOnce('</Permissions>', '</Permission>'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^manifest\.xml is not well-formed XML: \d+:\d+/);
  });

  it('requires exactly ReadWriteDocument', () => {
    for (const permission of ['ReadDocument', 'ReadWriteDocument ReadDocument', 'WriteDocument']) {
      expect(
        problemsAfter(
          replaceOnce(
            '<Permissions>ReadWriteDocument</Permissions>',
            `<Permissions>${permission}</Permissions>`,
          ),
        ),
      ).toEqual([
        `manifest.xml: OfficeApp/Permissions is "${permission}"; it must be exactly ReadWriteDocument.`,
      ]);
    }
  });

  it('requires ExcelApi 1.4 as the minimum', () => {
    expect(problemsAfter(replaceOnce('MinVersion="1.4"', 'MinVersion="1.3"'))).toEqual([
      "manifest.xml: OfficeApp/Requirements asks for ExcelApi 1.3; Shenbao's minimum is 1.4 (Excel 2016 and later).",
    ]);
    expect(problemsAfter(replaceOnce('<Set Name="ExcelApi" MinVersion="1.4"/>', ''))).toEqual([
      'manifest.xml: OfficeApp/Requirements/Sets has no ExcelApi set.',
    ]);
  });

  it('rejects an id that is not a GUID, and the yo office template id', () => {
    const id = '428d65c6-3117-427e-ad48-470e6f5b1011';
    expect(problemsAfter(replaceOnce(`<Id>${id}</Id>`, '<Id>shenbao</Id>'))).toEqual([
      'manifest.xml: OfficeApp/Id "shenbao" is not a GUID.',
    ]);
    expect(
      problemsAfter(
        replaceOnce(`<Id>${id}</Id>`, '<Id>05c2e1c9-3e1d-406e-9a91-e9ac64854143</Id>'),
      )[0],
    ).toMatch(/is a template's id/);
  });

  it('reports a missing required element and elements out of schema order', () => {
    expect(problemsAfter((xml) => xml.replace(/\s*<SupportUrl [^>]*\/>/, ''))).toEqual([
      'manifest.xml: OfficeApp has no SupportUrl element; it is required.',
    ]);
    const swapped = problemsAfter((xml) => {
      const version = '<Version>1.0.0.0</Version>';
      return replaceOnce(version, '')(xml).replace('<DefaultLocale>', `${version}<DefaultLocale>`);
    });
    expect(swapped).toEqual([
      'manifest.xml: OfficeApp/Version must come before OfficeApp/ProviderName (the schema fixes the order).',
    ]);
  });

  it('reports a resource id that is referred to but not defined, or defined in the wrong collection', () => {
    expect(
      problemsAfter(replaceOnce('<Label resid="Group.Label"/>', '<Label resid="Group.Title"/>')),
    ).toEqual([
      'manifest.xml: OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab[id="TabHome"]/Group[id="Shenbao.Group"]/Label refers to the resource "Group.Title", which Resources does not define.',
      'manifest.xml: the resource "Group.Label" is defined but never used.',
    ]);
    const wrongKind = problemsAfter(
      replaceOnce(
        '<Description resid="CheckButton.Tooltip"/>',
        '<Description resid="CheckButton.Label"/>',
      ),
    );
    expect(wrongKind).toContain(
      'manifest.xml: OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab[id="TabHome"]/Group[id="Shenbao.Group"]/Control[id="Shenbao.CheckButton"]/Supertip/Description refers to "CheckButton.Label" in ShortStrings; it must be in LongStrings.',
    );
  });

  it('wants an en-US override on every string', () => {
    expect(
      problemsAfter(replaceOnce('<bt:Override Locale="en-US" Value="Check all rows"/>', '')),
    ).toEqual(['manifest.xml: the string "CheckButton.Label" has no en-US Override.']);
    expect(problemsAfter(replaceOnce('<Override Locale="en-US" Value="Shenbao"/>', ''))).toEqual([
      'manifest.xml: OfficeApp/DisplayName has no en-US Override.',
    ]);
  });

  it('holds strings to the 125 and 250 character limits, counting the limit itself as allowed', () => {
    const label = (length: number) =>
      replaceOnce('DefaultValue="一键校验"', `DefaultValue="${'校'.repeat(length)}"`);
    expect(problemsAfter(label(125))).toEqual([]);
    expect(problemsAfter(label(126))).toEqual([
      'manifest.xml: the string "CheckButton.Label" is longer than the 125 characters ShortStrings allow.',
    ]);
  });

  it('wants every URL on https and on the pane’s own origin', () => {
    expect(
      problemsAfter(
        replaceOnce(
          'https://localhost:3000/help.html"/>\n  <Hosts>',
          'http://localhost:3000/help.html"/>\n  <Hosts>',
        ),
      ),
    ).toEqual([
      'manifest.xml: OfficeApp/SupportUrl holds http://localhost:3000/help.html; Office loads add-ins only over https.',
      "manifest.xml: OfficeApp/SupportUrl holds http://localhost:3000/help.html, outside the add-in's origin https://localhost:3000.",
    ]);
    expect(
      problemsAfter(
        replaceOnce(
          '"https://localhost:3000/commands.html"',
          '"https://cdn.example.com/commands.html"',
        ),
      ),
    ).toEqual([
      'manifest.xml: OfficeApp/VersionOverrides/Resources/Urls/Url[id="Commands.Url"] holds https://cdn.example.com/commands.html, outside the add-in\'s origin https://localhost:3000.',
    ]);
  });

  it('checks each icon exists and has the pixel size it is used at', () => {
    expect(problemsAfter(replaceOnce('assets/icon-80.png', 'assets/icon-64.png'))).toEqual([
      expect.stringMatching(
        /icon-64\.png \(the image "Icon\.80x80"\) is 64×64 pixels; it must be 80×80\.$/,
      ),
    ]);
    const missing = problemsAfter(
      (xml) => xml,
      (dir) => fs.rmSync(path.join(dir, 'assets', 'icon-16.png')),
    );
    expect(missing).toEqual([
      expect.stringMatching(
        /the image "Icon\.16x16" points to https:\/\/localhost:3000\/assets\/icon-16\.png, but .*icon-16\.png does not exist\.$/,
      ),
    ]);
  });

  it('wants the ribbon button to run runCheck and the group on the Home tab', () => {
    expect(
      problemsAfter(
        replaceOnce('<FunctionName>runCheck</FunctionName>', '<FunctionName>action</FunctionName>'),
      ),
    ).toEqual([
      'manifest.xml: the ExecuteFunction button runs "action"; the command file associates runCheck.',
    ]);
    expect(
      problemsAfter(replaceOnce('<OfficeTab id="TabHome">', '<OfficeTab id="TabData">')),
    ).toEqual([
      'manifest.xml: the ribbon group must sit on the Home tab (OfficeTab id="TabHome").',
    ]);
  });

  it('in a build folder, finds a page the manifest names but the build lacks', () => {
    const problems = problemsAfter(
      (xml) => xml,
      (dir) => fs.writeFileSync(path.join(dir, 'taskpane.html'), '<!doctype html>'),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'manifest.xml: OfficeApp/VersionOverrides/Resources/Urls/Url[id="Commands.Url"] names https://localhost:3000/commands.html, but the build has no commands.html.',
      ]),
    );
    expect(problems.some((problem) => problem.includes('taskpane.html'))).toBe(false);
  });
  it('finds the files of a pane hosted under a path, e.g. https://intra.example.cn/shenbao/', () => {
    const underPath = (xml: string) =>
      xml.split('https://localhost:3000/').join('https://intra.example.cn/shenbao/');
    const pages = (dir: string) => {
      for (const page of ['taskpane.html', 'commands.html', 'help.html'])
        fs.writeFileSync(path.join(dir, page), '<!doctype html>');
    };
    expect(problemsAfter(underPath, pages)).toEqual([]);
    expect(
      problemsAfter(underPath, (dir) => {
        pages(dir);
        fs.rmSync(path.join(dir, 'help.html'));
      }),
    ).toEqual([
      'manifest.xml: OfficeApp/SupportUrl names https://intra.example.cn/shenbao/help.html, but the build has no help.html.',
      'manifest.xml: OfficeApp/VersionOverrides/Resources/Urls/Url[id="GetStarted.LearnMoreUrl"] names https://intra.example.cn/shenbao/help.html, but the build has no help.html.',
    ]);
  });
});

describe('npm run validate:local', () => {
  const script = path.join(REPO, 'scripts', 'check-manifest.js');

  it('prints one line and exits 0 for the real manifest', () => {
    const out = execFileSync(process.execPath, [script, 'manifest.xml'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(out).toMatch(/^manifest\.xml is a valid Excel task pane manifest: 申报助手/);
  });

  it('prints each problem and exits 1 for a broken one', () => {
    const copy = manifestCopy(
      replaceOnce(
        '<Permissions>ReadWriteDocument</Permissions>',
        '<Permissions>ReadDocument</Permissions>',
      ),
    );
    try {
      const run = spawnSync(process.execPath, [script, copy.file], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('OfficeApp/Permissions is "ReadDocument"');
      expect(run.stderr).toMatch(/1 problem\(s\) in /);
    } finally {
      copy.remove();
    }
  });

  it('says so when the file does not exist', () => {
    const run = spawnSync(process.execPath, [script, 'no-such-manifest.xml'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no-such-manifest.xml does not exist.');
  });
});
