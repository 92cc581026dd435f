// The checked copy's parts as text, for the few edits made after exceljs has written them
// (finish-package.ts). A part set anew loses its stored CRC; the packer computes it.
import type { ZipEntry } from './zip-entries';

export class PackageParts {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly decoder = new TextDecoder();
  private readonly encoder = new TextEncoder();

  constructor(readonly entries: ZipEntry[]) {
    for (const entry of entries) this.byName.set(entry.name, entry);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  text(name: string): string | null {
    const entry = this.byName.get(name);
    return entry ? this.decoder.decode(entry.data) : null;
  }

  /** Replaces the text of a part that exists; the package keeps its order of parts. */
  setText(name: string, text: string): void {
    const entry = this.byName.get(name);
    if (!entry) throw new RangeError(`no part ${name}`);
    entry.data = this.encoder.encode(text);
    delete entry.crc32;
  }
}
