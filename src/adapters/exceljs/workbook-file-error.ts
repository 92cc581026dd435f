// A file that cannot be read as a workbook: one sentence in each language that names the file.
import type { Message } from '../../core/types';

export type WorkbookFileProblem =
  | 'not-found'
  | 'folder'
  | 'unreadable'
  | 'empty'
  | 'encrypted'
  | 'xls'
  | 'not-workbook'
  | 'text'
  | 'corrupt-zip'
  | 'zip-not-workbook'
  | 'corrupt-workbook'
  | 'too-large';

export class WorkbookFileError extends Error {
  constructor(
    readonly text: Message,
    readonly problem: WorkbookFileProblem,
  ) {
    super(text.en);
    this.name = 'WorkbookFileError';
  }
}

/** The sentence for each problem; `detail` is the underlying reason where it helps. */
export function fileProblem(problem: WorkbookFileProblem, name: string, detail = ''): WorkbookFileError {
  const zhDetail = detail ? `（${detail}）` : '';
  const enDetail = detail ? ` (${detail})` : '';
  const text: Record<WorkbookFileProblem, Message> = {
    'not-found': { zh: `找不到文件“${name}”，请检查路径和文件名。`, en: `File "${name}" was not found; check the path and the name.` },
    folder: { zh: `“${name}”是一个文件夹，不是 Excel 文件。`, en: `"${name}" is a folder, not an Excel file.` },
    unreadable: {
      zh: `无法读取文件“${name}”${zhDetail}。`,
      en: `File "${name}" cannot be read${enDetail}.`,
    },
    empty: { zh: `文件“${name}”是空的（0 字节），请重新保存后再检查。`, en: `File "${name}" is empty (0 bytes); save it again and retry.` },
    encrypted: {
      zh: `文件“${name}”设置了打开密码（已加密），请在 Excel 中取消密码、另存为 .xlsx 后再检查。`,
      en: `File "${name}" is password-protected (encrypted); remove the password in Excel, save it as .xlsx and check again.`,
    },
    xls: {
      zh: `文件“${name}”是旧版 Excel 97-2003 工作簿（.xls），请在 Excel 中另存为 .xlsx 后再检查。`,
      en: `File "${name}" is an old Excel 97-2003 workbook (.xls); save it as .xlsx in Excel and check again.`,
    },
    'not-workbook': {
      zh: `文件“${name}”不是 Excel 工作簿（.xlsx），请选择 .xlsx 文件。`,
      en: `File "${name}" is not an Excel workbook (.xlsx); choose an .xlsx file.`,
    },
    text: {
      zh: `文件“${name}”是文本文件（例如 CSV），不是 Excel 工作簿；请在 Excel 中打开并另存为 .xlsx。`,
      en: `File "${name}" is a text file (such as CSV), not an Excel workbook; open it in Excel and save it as .xlsx.`,
    },
    'corrupt-zip': {
      zh: `文件“${name}”已损坏，无法作为 .xlsx 打开${zhDetail}。`,
      en: `File "${name}" is damaged and cannot be opened as .xlsx${enDetail}.`,
    },
    'zip-not-workbook': {
      zh: `文件“${name}”是压缩包，但不是 Excel 工作簿（其中没有工作簿内容）。`,
      en: `File "${name}" is a zip archive but not an Excel workbook (it holds no workbook part).`,
    },
    'too-large': {
      zh: `文件“${name}”解压后过大${zhDetail}，超出可检查的范围；请删去不需要的工作表或内容后另存再检查。`,
      en: `File "${name}" is too large once unpacked${enDetail} to be checked; delete sheets or content it does not need, save it and check again.`,
    },
    'corrupt-workbook': {
      zh: `文件“${name}”的工作簿内容已损坏，无法读取${zhDetail}。`,
      en: `File "${name}" holds a damaged workbook that cannot be read${enDetail}.`,
    },
  };
  return new WorkbookFileError(text[problem], problem);
}
