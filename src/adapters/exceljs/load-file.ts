// Node only (the command line): a path → its bytes, with the file-system problems as clear sentences.
import { promises as fs } from 'fs';
import { fileProblem } from './workbook-file-error';

export async function readWorkbookFile(path: string): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw fileProblem('not-found', path);
    throw fileProblem('unreadable', path, code ?? String(error));
  }
  if (stat.isDirectory()) throw fileProblem('folder', path);
  try {
    return new Uint8Array(await fs.readFile(path));
  } catch (error) {
    throw fileProblem('unreadable', path, (error as NodeJS.ErrnoException).code ?? String(error));
  }
}
