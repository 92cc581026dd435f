// The Office.js globals, and what this Excel can do, detected at run time. The check and the summary
// need only ExcelApi 1.4 (Excel 2016); the rest is used when the host has it.
import { OfficeHostError } from './errors';

export interface HostCapabilities {
  /** The highest ExcelApi version found, e.g. `1.13`. */
  apiLevel: string;
  /** Reading merged areas (getMergedAreasOrNullObject, 1.13). */
  merges: boolean;
  /** Internal hyperlinks on cells (Range.hyperlink, 1.7). */
  links: boolean;
  /** Freezing the header rows of our sheets (freezePanes, 1.7). */
  freeze: boolean;
  /** Data validation (1.8): drop-down lists in the template. */
  validation: boolean;
  /** Conditional formats (1.6). */
  conditionalFormats: boolean;
  /** suspendApiCalculationUntilNextSync (1.6). */
  suspendCalc: boolean;
}

const NOT_IN_EXCEL = new OfficeHostError({
  zh: '申报助手只能在 Excel 中运行：未找到 Excel。',
  en: 'Shenbao runs inside Excel only: Excel was not found.',
}, 'no-host');

/** `Office`, or a clear error when the page runs outside Office. */
export function office(): typeof Office {
  const found = (globalThis as { Office?: typeof Office }).Office;
  if (!found?.context) throw NOT_IN_EXCEL;
  return found;
}

/** `Excel`, or a clear error when the page runs outside Excel. */
export function excel(): typeof Excel {
  const found = (globalThis as { Excel?: typeof Excel }).Excel;
  if (!found?.run) throw NOT_IN_EXCEL;
  return found;
}

export function supportsExcelApi(version: string): boolean {
  return office().context.requirements.isSetSupported('ExcelApi', version);
}

const LEVELS = ['1.13', '1.12', '1.11', '1.10', '1.9', '1.8', '1.7', '1.6', '1.5', '1.4', '1.3', '1.2', '1.1'];

export function hostCapabilities(): HostCapabilities {
  const apiLevel = LEVELS.find(supportsExcelApi) ?? '1.0';
  return {
    apiLevel,
    merges: supportsExcelApi('1.13'),
    links: supportsExcelApi('1.7'),
    freeze: supportsExcelApi('1.7'),
    validation: supportsExcelApi('1.8'),
    conditionalFormats: supportsExcelApi('1.6'),
    suspendCalc: supportsExcelApi('1.6'),
  };
}

/** The add-in needs at least ExcelApi 1.4 (Excel 2016) for null objects and used ranges. */
export function requireMinimumApi(): void {
  if (!supportsExcelApi('1.4'))
    throw new OfficeHostError({
      zh: '此版本 Excel 太旧：申报助手需要 Excel 2016 或更新版本（ExcelApi 1.4）。',
      en: 'This Excel is too old: Shenbao needs Excel 2016 or later (ExcelApi 1.4).',
    }, 'api-too-old');
}
