// What exceljs cannot carry into the checked copy. The output is a new file, so the original keeps
// all of it; the user is told before the copy is written, so nobody mistakes the copy for the original.
import type { InputPackage } from './zip-package';
import type { Message } from '../../core/types';

interface PartKind {
  /** Zip entries of this kind (one per item). */
  pattern: RegExp;
  zh: string;
  en: string;
}

const KINDS: PartKind[] = [
  { pattern: /^xl\/charts\/chart\d*\.xml$/, zh: '图表', en: 'charts' },
  { pattern: /^xl\/chartsheets\/sheet\d*\.xml$/, zh: '图表工作表', en: 'chart sheets' },
  { pattern: /^xl\/pivotTables\/pivotTable\d*\.xml$/, zh: '数据透视表', en: 'pivot tables' },
  { pattern: /^xl\/slicers\/slicer\d*\.xml$/, zh: '切片器', en: 'slicers' },
  { pattern: /^xl\/timelines\/timeline\d*\.xml$/, zh: '日程表', en: 'timelines' },
  { pattern: /^xl\/vbaProject\.bin$/, zh: '宏（VBA）', en: 'macros (VBA)' },
  { pattern: /^xl\/externalLinks\/externalLink\d*\.xml$/, zh: '外部链接', en: 'external links' },
  { pattern: /^xl\/ctrlProps\/ctrlProp\d*\.xml$/, zh: '表单控件', en: 'form controls' },
  { pattern: /^xl\/activeX\/activeX\d*\.xml$/, zh: 'ActiveX 控件', en: 'ActiveX controls' },
  { pattern: /^xl\/threadedComments\/threadedComment\d*\.xml$/, zh: '批注会话（新版批注）', en: 'threaded comments' },
];

// Pictures survive exceljs; shapes, text boxes and SmartArt in a drawing do not.
const SHAPE = /<xdr:(?:sp|cxnSp|grpSp)[\s>/]/g;

async function countShapes(parts: InputPackage): Promise<number> {
  let shapes = 0;
  for (const drawing of parts.names(/^xl\/drawings\/drawing\d*\.xml$/)) shapes += ((await parts.text(drawing))?.match(SHAPE) ?? []).length;
  return shapes;
}

/** The parts of the package the checked copy will lack, as one warning; null when there are none. */
export async function unsupportedContent(parts: InputPackage, fileName: string): Promise<Message | null> {
  const found: { zh: string; en: string; count: number }[] = [];
  for (const kind of KINDS) {
    const count = parts.names(kind.pattern).length;
    if (count > 0) found.push({ zh: kind.zh, en: kind.en, count });
  }
  const shapes = await countShapes(parts);
  if (shapes > 0) found.push({ zh: '图形或文本框', en: 'shapes or text boxes', count: shapes });
  if (found.length === 0) return null;
  return {
    zh: `“${fileName}”中的以下内容不会出现在检查结果文件中（原文件不受影响）：${found.map((f) => `${f.zh} ${f.count} 个`).join('、')}。`,
    en: `The checked copy of "${fileName}" will not contain: ${found.map((f) => `${f.count} ${f.en}`).join(', ')} (the original file is not changed).`,
  };
}
