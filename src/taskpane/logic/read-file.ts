// Reading a chosen File. `Blob.arrayBuffer()`/`text()` are missing in some older embedded browsers
// (and in jsdom), so FileReader is the fallback.

function viaFileReader<T>(file: Blob, start: (reader: FileReader) => void, take: (reader: FileReader) => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(take(reader));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    start(reader);
  });
}

export async function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
  return viaFileReader(
    file,
    (r) => r.readAsArrayBuffer(file),
    (r) => new Uint8Array(r.result as ArrayBuffer),
  );
}

export async function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return viaFileReader(
    file,
    (r) => r.readAsText(file, 'utf-8'),
    (r) => String(r.result),
  );
}
