export interface BundleEntry {
  file: string;
  raw: number;
  gzip: number;
  /** The HTML pages that load this script at start-up; empty for chunks loaded on demand. */
  startup: string[];
}
export const STARTUP_GZIP_BUDGET: number;
export function bundleReport(dist: string): BundleEntry[];
export function startupScripts(dist: string, htmlFile: string): string[];
export function formatReport(report: BundleEntry[]): string;
