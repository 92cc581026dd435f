// Node only (the command line): a path → its bytes, with the file-system problems as clear sentences.
import { promises as fs } from 'fs';
import { fileProblem } from './workbook-file-error';

/** `shownAs` is how messages name the file (the path as the user typed it). */
export async function readWorkbookFile(path: string, shownAs = path): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw fileProblem('not-found', shownAs);
    throw fileProblem('unreadable', shownAs, code ?? String(error));
  }
  if (stat.isDirectory()) throw fileProblem('folder', shownAs);
  // A device or a pipe (/dev/zero, a named pipe) would be read forever: only plain files are workbooks.
  if (!stat.isFile()) throw fileProblem('not-workbook', shownAs);
  try {
    return new Uint8Array(await fs.readFile(path));
  } catch (error) {
    throw fileProblem('unreadable', shownAs, (error as NodeJS.ErrnoException).code ?? String(error));
  }
}
