// A static file server for a built site on loopback, behaving like a real host: compressed, cache headers,
// slash-less directory URLs redirected to the slash form, the 404 page for unknown URLs. `npm start`, the
// benchmark and Lighthouse all use it.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
const isDirectory = (path: string) => existsSync(path) && statSync(path).isDirectory();

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  // Pagefind's index, fragments, filters, metadata and wasm bundles are already gzipped binaries.
  '.pagefind': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
};

/** Types worth compressing; images, fonts and pagefind's binaries are compressed already. */
const compressible = (type: string) =>
  /^(text\/|application\/(json|xml|wasm|manifest\+json)|image\/svg\+xml)/.test(type);

/** Astro's hashed bundles and Pagefind's index, which a rebuild replaces under new names or as a whole. */
const isBuildAsset = (urlPath: string) => urlPath.startsWith('/_astro/') || urlPath.startsWith('/pagefind/');

type Encoding = 'br' | 'gzip';

/** The best encoding the client accepts (q=0 refuses one), brotli first. */
function pickEncoding(header: string | undefined): Encoding | undefined {
  const accepted = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    // An empty part (of an empty header) sets the empty name, which nothing asks for.
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    // A q that is not a number is NaN, which, like 0, is not above 0: refused.
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return undefined;
}

function startServer(root: string, port: number): Promise<Server> {
  const compressed = new Map<string, Buffer>();
  const compress = (file: string, encoding: Encoding): Buffer => {
    // Keyed by modification time and size too: a site rebuilt into the same folder is served afresh.
    const { mtimeMs, size } = statSync(file);
    const key = `${encoding}:${file}:${mtimeMs}:${size}`;
    let body = compressed.get(key);
    if (!body) {
      const raw = readFileSync(file);
      // Both at their best: brotli's default quality is its highest (11), gzip's default level is not.
      body = encoding === 'br' ? brotliCompressSync(raw) : gzipSync(raw, { level: 9 });
      compressed.set(key, body);
    }
    return body;
  };

  /** `immutable`: cached for a year (a build asset); an HTML page is checked afresh each time. */
  const send = (req: IncomingMessage, res: ServerResponse, file: string, status: number, immutable: boolean) => {
    const type = contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.statusCode = status;
    res.setHeader('Content-Type', type);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (immutable) {
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    } else if (type.startsWith('text/html')) {
      res.setHeader('Cache-Control', 'no-cache');
    }
    const encoding = compressible(type) ? pickEncoding(req.headers['accept-encoding']) : undefined;
    if (compressible(type)) res.setHeader('Vary', 'Accept-Encoding');
    if (encoding) {
      const body = compress(file, encoding);
      res.setHeader('Content-Encoding', encoding);
      res.setHeader('Content-Length', body.length);
      // In answer to HEAD, Node's server sends the headers only, whatever is written.
      res.end(body);
      return;
    }
    res.setHeader('Content-Length', statSync(file).size);
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };

  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    const page = join(root, '404.html');
    if (isFile(page)) return send(req, res, page, 404, false);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  };

  const server = createServer((req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      // A server's request always has its url.
      const url = new URL(req.url!, 'http://127.0.0.1');
      let urlPath: string;
      try {
        urlPath = decodeURIComponent(url.pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      const file = resolve(root, `.${urlPath}`);
      // Never serve anything outside the site folder (e.g. /../ or an encoded %2e%2e).
      if (file !== root && !file.startsWith(root + sep)) return notFound(req, res);
      if (isDirectory(file)) {
        if (!urlPath.endsWith('/')) {
          res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        const index = join(file, 'index.html');
        return isFile(index) ? send(req, res, index, 200, isBuildAsset(urlPath)) : notFound(req, res);
      }
      if (isFile(file)) return send(req, res, file, 200, isBuildAsset(urlPath));
      return notFound(req, res);
    } catch (error) {
      console.error(`[server] ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    }
  });

  return new Promise((done, fail) => {
    server.once('error', fail);
    // Port 0: the system picks a free port; loopback only.
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });
}

export interface StaticServer {
  /** "http://127.0.0.1:PORT/" */
  url: string;
  close: () => Promise<void>;
}

/** Serves `root` on loopback; port 0 (the default) lets the system pick a free one. */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const server = await startServer(resolve(root), port);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => closeServer(server) };
}
