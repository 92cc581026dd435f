// The .xlsx as the zip it is, on JSZip's public API (the zip library exceljs itself uses): the
// user's package, read for what exceljs does not carry (which parts it has, a few of them as text,
// what it unpacks to), and the checked copy, whose few edited parts are compressed anew while every
// other part keeps the bytes exceljs compressed. Browser-safe.
import JSZip from 'jszip';

/** JSZip's documented `ZipObject#internalStream`, which its typings leave out. */
interface PartStream {
  on(event: 'data', callback: (chunk: Uint8Array) => void): PartStream;
  on(event: 'end', callback: () => void): PartStream;
  on(event: 'error', callback: (error: Error) => void): PartStream;
  resume(): PartStream;
  pause(): PartStream;
}

function partStream(file: JSZip.JSZipObject): PartStream {
  return (file as unknown as { internalStream(type: 'uint8array'): PartStream }).internalStream('uint8array');
}

/** The bytes a part unpacks to, counted as it unpacks; stops once the count passes `limit`. */
function unpackedSize(file: JSZip.JSZipObject, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const stream = partStream(file);
    stream
      .on('data', (chunk) => {
        size += chunk.length;
        if (size > limit) {
          stream.pause();
          resolve(size);
        }
      })
      .on('end', () => resolve(size))
      .on('error', reject)
      .resume();
  });
}

/** The user's file as a package. */
export class InputPackage {
  private constructor(private readonly zip: JSZip) {}

  /** Throws on bytes that are not a zip (load.ts words that for the user). */
  static async open(bytes: Uint8Array): Promise<InputPackage> {
    return new InputPackage(await JSZip.loadAsync(bytes));
  }

  has(name: string): boolean {
    return this.zip.file(name) !== null;
  }

  /** The names of the parts (not folders) that match `pattern`, in the package's order. */
  names(pattern: RegExp): string[] {
    return this.zip.file(pattern).map((file) => file.name);
  }

  /** A part as text; null when the package has no such part. */
  async text(name: string): Promise<string | null> {
    return (await this.zip.file(name)?.async('string')) ?? null;
  }

  /**
   * What the parts unpack to, counted part by part without keeping them, and no further than just
   * past `limit`: a file that claims little and unpacks to gigabytes (a "zip bomb") is stopped there.
   */
  async unpackedBytes(limit: number): Promise<number> {
    let total = 0;
    for (const file of this.zip.file(/./)) {
      total += await unpackedSize(file, limit - total);
      if (total > limit) break;
    }
    return total;
  }
}

/** The checked copy's parts as exceljs packed them, for the few text edits made after it wrote them. */
export class OutputParts {
  private constructor(private readonly zip: JSZip) {}

  static async open(bytes: Uint8Array): Promise<OutputParts> {
    return new OutputParts(await JSZip.loadAsync(bytes));
  }

  /** Every part's name (folders end with '/'), in the package's order. */
  names(): string[] {
    return Object.keys(this.zip.files);
  }

  async text(name: string): Promise<string | null> {
    return (await this.zip.file(name)?.async('string')) ?? null;
  }

  /** Replaces the text of a part that exists; the package keeps its order of parts. */
  setText(name: string, text: string): void {
    if (this.zip.file(name) === null) throw new RangeError(`no part ${name}`);
    this.zip.file(name, text);
  }

  /**
   * The package as bytes. JSZip compresses only the parts set anew: the others keep the bytes
   * exceljs compressed (the same compression), so a large copy is not compressed twice.
   */
  pack(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }
}
