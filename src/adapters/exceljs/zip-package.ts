// The .xlsx as the zip it is, on fflate's public API: the user's package, read for what exceljs
// does not carry (which parts it has, a few of them as text), and the checked copy's parts, edited
// as text where exceljs cannot write what Excel writes, then packed. Browser-safe.
import { strFromU8, strToU8, unzipSync, zip, zipSync, type Unzipped } from 'fflate';

/** A part of a package: its path and what it unpacks to. */
export interface PartInfo {
  name: string;
  /** Bytes once unpacked, as the package's directory says. */
  size: number;
}

/** The user's file as a package. Nothing is unpacked until a part's text is asked for. */
export class InputPackage {
  readonly parts: PartInfo[] = [];

  /** Throws on bytes that are not a zip (load.ts words that for the user). */
  constructor(private readonly bytes: Uint8Array) {
    unzipSync(bytes, {
      filter: (file) => {
        this.parts.push({ name: file.name, size: file.originalSize });
        return false;
      },
    });
  }

  has(name: string): boolean {
    return this.parts.some((part) => part.name === name);
  }

  /** The names of the parts that match `pattern`, in the package's order. */
  names(pattern: RegExp): string[] {
    return this.parts.map((part) => part.name).filter((name) => pattern.test(name));
  }

  /** A part as text, unpacked now; null when the package has no such part. */
  text(name: string): string | null {
    const found = unzipSync(this.bytes, { filter: (file) => file.name === name })[name];
    return found === undefined ? null : strFromU8(found);
  }
}

/** exceljs's writeBuffer option for a package whose parts are stored: they are compressed once, by `pack`. */
export const STORED = { zip: { compression: 'STORE' as const } };

const PACKED = { level: 6 } as const;

/** The checked copy's parts, unpacked from exceljs's stored package, in its order. */
export class OutputParts {
  private readonly files: Unzipped;

  constructor(stored: Uint8Array) {
    this.files = unzipSync(stored);
  }

  names(): string[] {
    return Object.keys(this.files);
  }

  text(name: string): string | null {
    const data = this.files[name];
    return data === undefined ? null : strFromU8(data);
  }

  /** Replaces the text of a part that exists; the package keeps its order of parts. */
  setText(name: string, text: string): void {
    if (this.files[name] === undefined) throw new RangeError(`no part ${name}`);
    this.files[name] = strToU8(text);
  }

  /**
   * The parts compressed as an .xlsx, at the level exceljs compresses its own. `inWorkers`: fflate
   * compresses them on worker threads, all cores at once (about 3 s of a 100,000-row copy on one).
   * Only where workers may start: the pane's content security policy allows no blob workers.
   */
  pack(inWorkers = false): Promise<Uint8Array> {
    if (!inWorkers) return Promise.resolve(zipSync(this.files, PACKED));
    return new Promise((resolve, reject) => zip(this.files, PACKED, (error, data) => (error ? reject(error) : resolve(data))));
  }
}
