// A minimal `Office` namespace: onReady, the display language, requirement sets, document settings
// (kept in memory, JSON round-tripped like the real store) and ribbon action association.
import type { FakeExcelHost } from './context';

export interface FakeOfficeOptions {
  displayLanguage: string;
  /** Office.context.officeTheme.bodyBackgroundColor, e.g. #262626 for dark grey; absent: no theme reported. */
  officeBackground?: string;
  /** Settings already saved in the document. */
  settings?: Record<string, unknown>;
  /** Make `settings.saveAsync` report failure (e.g. a read-only document). */
  settingsSaveFails?: boolean;
}

export interface AsyncResult {
  status: 'succeeded' | 'failed';
  error?: { code: number; name: string; message: string };
}

export function createFakeOffice(host: FakeExcelHost, options: FakeOfficeOptions) {
  const saved = new Map<string, string>(Object.entries(options.settings ?? {}).map(([k, v]) => [k, JSON.stringify(v)]));
  const pending = new Map(saved);
  const actions = new Map<string, (event: unknown) => unknown>();
  const office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: options.displayLanguage,
      ...(options.officeBackground ? { officeTheme: { bodyBackgroundColor: options.officeBackground } } : {}),
      requirements: {
        isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && host.supports(version ?? '1.1'),
      },
      document: {
        settings: {
          get: (name: string): unknown => (pending.has(name) ? JSON.parse(pending.get(name) as string) : null),
          set: (name: string, value: unknown) => void pending.set(name, JSON.stringify(value)),
          remove: (name: string) => void pending.delete(name),
          saveAsync: (callback?: (result: AsyncResult) => void) => {
            setTimeout(() => {
              if (options.settingsSaveFails) {
                callback?.({ status: 'failed', error: { code: 5001, name: 'Internal Error', message: 'An internal error has occurred.' } });
                return;
              }
              saved.clear();
              pending.forEach((v, k) => saved.set(k, v));
              callback?.({ status: 'succeeded' });
            }, 0);
          },
        },
      },
    },
    actions: {
      associate: (id: string, action: (event: unknown) => unknown) => void actions.set(id, action),
    },
  };
  return {
    office,
    /** Settings as last saved to the document (what a reopened document would see). */
    savedSettings: () => Object.fromEntries([...saved].map(([k, v]) => [k, JSON.parse(v)])),
    /** Functions given to `Office.actions.associate`, by id. */
    actions,
  };
}

export type FakeOfficeNamespace = ReturnType<typeof createFakeOffice>['office'];
