// The browser mode keeps its deadline setting in localStorage (when the browser allows it).
const STORAGE_KEY = 'shenbao.submissionDeadline';

export const browserDeadline = {
  async read(): Promise<{ submissionDeadline: string | null }> {
    return { submissionDeadline: globalThis.localStorage?.getItem(STORAGE_KEY) ?? null };
  },
  async write(iso: string | null): Promise<void> {
    const storage = globalThis.localStorage;
    if (!storage) return;
    if (iso === null) storage.removeItem(STORAGE_KEY);
    else storage.setItem(STORAGE_KEY, iso);
  },
  /** What the next check uses: undefined when none is set (the workbook's own applies). */
  current(): string | undefined {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? undefined;
  },
};
