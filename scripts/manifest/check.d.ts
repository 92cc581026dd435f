export interface ManifestSummary {
  id: string;
  displayName: string;
  origin: string | null;
  urls: number;
  resources: number;
  /** True when the manifest sits in a build folder (taskpane.html beside it). */
  built: boolean;
}

export function checkManifestFile(
  manifestFile: string,
  options?: { filesRoot?: string },
): { problems: string[]; summary: ManifestSummary | null };
