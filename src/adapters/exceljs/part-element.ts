// The first element of a given name in a zip part, found as the part unpacks: a sheet of 100,000
// rows unpacks to tens of MB, and the elements after its cells are all that is wanted of it.
import type JSZip from 'jszip';

/** jszip's streaming reader: present at run time, absent from its typings. */
interface TextStream {
  on(event: 'data', callback: (chunk: string) => void): TextStream;
  on(event: 'end', callback: () => void): TextStream;
  on(event: 'error', callback: (error: Error) => void): TextStream;
  resume(): TextStream;
  pause(): TextStream;
}

/** The element `name` as a whole, from its opening `<`: `<name …>…</name>` or `<name …/>`. */
export function wholeElement(name: string): RegExp {
  return new RegExp(`^<${name}(?=[\\s>/])[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`);
}

/** `<name …>…</name>` or `<name …/>` as written in the part, or null when the part has none. */
export function firstElement(file: JSZip.JSZipObject, name: string): Promise<string | null> {
  // The name and the character after it, so that `<hyperlink` does not stop at `<hyperlinks`.
  const opening = new RegExp(`<${name}[\\s>/]`);
  const whole = wholeElement(name);
  return new Promise((resolve, reject) => {
    const stream = (file as unknown as { internalStream(type: 'string'): TextStream }).internalStream('string');
    // Text kept between chunks: the end of the last chunk (an opening tag may straddle two), or the element so far.
    let kept = '';
    let inside = false;
    let done = false;
    const finish = (element: string | null) => {
      done = true;
      stream.pause();
      resolve(element);
    };
    stream
      .on('data', (chunk) => {
        if (done) return;
        kept += chunk;
        if (!inside) {
          const at = kept.search(opening);
          if (at < 0) {
            // An opening cut off by the chunk's end is at most the name and its '<' long.
            kept = kept.slice(-(name.length + 1));
            return;
          }
          kept = kept.slice(at);
          inside = true;
        }
        const element = kept.match(whole);
        if (element) finish(element[0]);
      })
      .on('end', () => {
        if (!done) finish(inside ? (kept.match(whole)?.[0] ?? null) : null);
      })
      .on('error', (error) => {
        if (!done) {
          done = true;
          reject(error);
        }
      })
      .resume();
  });
}
