// Proxy semantics shared by every fake object: a property is readable only after `load` and a
// `sync`; setting a property or calling a method queues an operation that runs on the next sync.
import { FakeExcelError } from './errors';
import type { FakeRequestContext } from './context';

export type LoadOption = string | string[] | { select?: string | string[] };

/** Property names asked for by `load('a, b')`, `load(['a','b'])` or `load({ select })`. */
export function loadedNames(option?: LoadOption): string[] | undefined {
  if (option === undefined) return undefined;
  const raw = typeof option === 'string' || Array.isArray(option) ? option : option.select;
  if (raw === undefined) return undefined;
  const list = Array.isArray(raw) ? raw : raw.split(',');
  return list.map((s) => s.trim()).filter(Boolean);
}

export abstract class FakeProxy {
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly ctx: FakeRequestContext,
    /** How the object is named in request JSON (for payload sizes and messages). */
    readonly path: string,
  ) {}

  get context(): FakeRequestContext {
    return this.ctx;
  }

  /** Values of the named properties, computed at sync time. Null means a null object. */
  protected abstract snapshot(names: string[] | undefined): Record<string, unknown> | null;

  load(option?: LoadOption): this {
    const names = loadedNames(option);
    this.ctx.enqueue({ load: this.path, select: names }, (respond) => {
      const values = this.snapshot(names);
      respond(values ?? { isNullObject: true }, () => this.accept(values ?? { isNullObject: true }));
    });
    return this;
  }

  /** Make loaded values readable (after a successful sync). */
  accept(values: Record<string, unknown>): void {
    if (!('isNullObject' in values)) this.loaded.set('isNullObject', false);
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }

  protected read<T>(name: string): T {
    if (this.loaded.get('isNullObject') === true && name !== 'isNullObject')
      throw new FakeExcelError('InvalidOperation', `The object ${this.path} is a null object; its '${name}' cannot be read.`);
    if (!this.loaded.has(name))
      throw new FakeExcelError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.loaded.get(name) as T;
  }

  /** Queue a change; `apply` runs on the next sync. */
  protected queue(describe: Record<string, unknown>, apply: () => void): void {
    this.ctx.enqueue({ target: this.path, ...describe }, (respond) => {
      apply();
      respond(undefined, () => undefined);
    });
  }

  protected requireApi(level: string, what: string): void {
    this.ctx.host.requireApi(level, what);
  }

  toJSON(): unknown {
    return Object.fromEntries(this.loaded);
  }
}
