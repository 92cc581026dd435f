// --rules: a rule pack from a JSON file, refused with the file's name and the path of the problem.
import { promises as fs } from 'fs';
import { PackError, parsePack, type RulePack } from '../core/pack/schema';
import { InputFailure } from './failures';

export async function readPackFile(path: string): Promise<RulePack> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputFailure({ zh: `找不到规则包文件“${path}”。`, en: `Rule pack file "${path}" was not found.` });
    if (code === 'EISDIR') throw new InputFailure({ zh: `规则包“${path}”是一个文件夹，不是 JSON 文件。`, en: `Rule pack "${path}" is a folder, not a JSON file.` });
    throw new InputFailure({ zh: `无法读取规则包文件“${path}”（${code}）。`, en: `Rule pack file "${path}" cannot be read (${code}).` });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputFailure({ zh: `规则包文件“${path}”不是有效的 JSON：${detail}`, en: `Rule pack file "${path}" is not valid JSON: ${detail}` });
  }
  try {
    return parsePack(json, path);
  } catch (error) {
    if (!(error instanceof PackError)) throw error;
    const first = error.problems[0] ?? '';
    throw new InputFailure({ zh: `规则包文件“${path}”有误：${first}`, en: `Rule pack file "${path}" is not a valid rule pack: ${first}` });
  }
}
