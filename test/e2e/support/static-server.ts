// A small static file server for the built pane (dist/) on 127.0.0.1 and a free port, sending the
// same security headers a production server should (scripts/csp.js), so the tests run the pane
// under its real Content-Security-Policy. Nothing leaves the machine.
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { securityHeaders } from '../../../scripts/csp';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:43123 (no trailing slash) */
  origin: string;
  /** Paths asked for that did not exist, to explain a failing page. */
  missing: string[];
  close(): Promise<void>;
}

/** The file under `root` a URL path names, or null when it leaves `root`. */
function fileFor(root: string, urlPath: string): string | null {
  const decoded = decodeURIComponent(urlPath.split('?')[0]);
  const file = path.normalize(path.join(root, decoded));
  return file.startsWith(root + path.sep) || file === root ? file : null;
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  const missing: string[] = [];
  const headers = securityHeaders();
  const server = http.createServer((request, response) => {
    let file = fileFor(absoluteRoot, request.url ?? '/');
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory())
      file = path.join(file, 'index.html');
    if (!file || !fs.existsSync(file)) {
      missing.push(request.url ?? '');
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      response.end('not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      ...headers,
    });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    missing,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
