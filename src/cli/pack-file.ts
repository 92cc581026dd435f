// --rules: a rule pack from a JSON file, refused with the file's name and the path of the problem.
import { promises as fs } from 'fs';
import { PackError, parsePack, type RulePack } from '../core/pack/schema';
import { InputFailure } from './failures';

/** `path` is read; messages name the file as `shownAs` (the path as the user typed it). */
export async function readPackFile(path: string, shownAs = path): Promise<RulePack> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputFailure({ zh: `找不到规则包文件“${shownAs}”。`, en: `Rule pack file "${shownAs}" was not found.` });
    if (code === 'EISDIR') throw new InputFailure({ zh: `规则包“${shownAs}”是一个文件夹，不是 JSON 文件。`, en: `Rule pack "${shownAs}" is a folder, not a JSON file.` });
    throw new InputFailure({ zh: `无法读取规则包文件“${shownAs}”（${code}）。`, en: `Rule pack file "${shownAs}" cannot be read (${code}).` });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputFailure({ zh: `规则包文件“${shownAs}”不是有效的 JSON：${detail}`, en: `Rule pack file "${shownAs}" is not valid JSON: ${detail}` });
  }
  try {
    return parsePack(json, shownAs);
  } catch (error) {
    if (!(error instanceof PackError)) throw error;
    const first = error.problems[0] ?? '';
    throw new InputFailure({ zh: `规则包文件“${shownAs}”有误：${first}`, en: `Rule pack file "${shownAs}" is not a valid rule pack: ${first}` });
  }
}
