// Writing an output file whole or not at all: to a temporary name beside it, then renamed, so a
// failure never leaves half a workbook where the user expects one.
import { promises as fs } from 'fs';
import { basename, dirname, join } from 'path';
import { InputFailure } from './failures';

export async function writeWhole(path: string, bytes: Uint8Array | string): Promise<void> {
  await writeWholeWith(path, (temporary) => fs.writeFile(temporary, bytes));
}

/** Like writeWhole, for writers that want a file name of their own (streaming writers). */
export async function writeWholeWith(path: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await write(temporary);
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code === 'ENOENT') {
      throw new InputFailure({ zh: `无法写入文件“${path}”：文件夹“${dirname(path)}”不存在。`, en: `Cannot write file "${path}": folder "${dirname(path)}" does not exist.` });
    }
    if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') {
      throw new InputFailure({
        zh: `无法写入文件“${path}”：没有写入权限，或文件正在 Excel 中打开（${code}）。`,
        en: `Cannot write file "${path}": no permission, or the file is open in Excel (${code}).`,
      });
    }
    throw new InputFailure({ zh: `无法写入文件“${path}”（${code}）。`, en: `Cannot write file "${path}" (${code}).` });
  }
}
