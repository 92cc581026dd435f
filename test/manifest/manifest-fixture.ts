// A scratch copy of the real manifest and its icons, so a test can break one thing and see the
// checker name it. The repository's files are never touched.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const REPO = path.resolve(__dirname, '..', '..');
export const MANIFEST = path.join(REPO, 'manifest.xml');

export interface ManifestCopy {
  dir: string;
  file: string;
  remove(): void;
}

/** Copies manifest.xml (edited by `edit`) and assets/ into a fresh temporary folder. */
export function manifestCopy(edit: (xml: string) => string = (xml) => xml): ManifestCopy {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shenbao-manifest-'));
  fs.cpSync(path.join(REPO, 'assets'), path.join(dir, 'assets'), { recursive: true });
  const file = path.join(dir, 'manifest.xml');
  fs.writeFileSync(file, edit(fs.readFileSync(MANIFEST, 'utf8')));
  return { dir, file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Replaces `from` once, failing loudly when the manifest no longer holds it. */
export function replaceOnce(from: string, to: string): (xml: string) => string {
  return (xml) => {
    if (!xml.includes(from)) throw new Error(`manifest.xml no longer contains ${from}`);
    return xml.replace(from, to);
  };
}
