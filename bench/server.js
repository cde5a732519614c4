/**
 * A static server for the browser benchmark: the repository's files (so the script-tag bundle is
 * served from packages/embed/bundle/ as a county web server would serve it, uncompressed) and the
 * benchmark pages, which `pages` maps from a path to a function of the URL's query.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/**
 * Starts the server on an ephemeral port of 127.0.0.1; resolves to `{ origin, close }`. `mounts`
 * maps a URL prefix to a directory served in its place (the bench serves a snapshot of the bundle,
 * so a rebuild during the run cannot mix two builds). `gzip`: text files go gzip-compressed to a
 * browser that accepts it (as a county web server sends them), compressed once and kept.
 */
export async function startServer(root, pages, mounts = {}, { gzip = false } = {}) {
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const page = pages[url.pathname];
    try {
      if (page) {
        res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
        res.end(page(url.searchParams));
        return;
      }
      const pathname = decodeURIComponent(url.pathname);
      const prefix = Object.keys(mounts).find((m) => pathname.startsWith(m));
      const base = prefix ? mounts[prefix] : root;
      const path = normalize(join(base, prefix ? pathname.slice(prefix.length) : pathname));
      if (!path.startsWith(base)) throw new Error('outside root');
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      if (gzip && type !== 'application/octet-stream' && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        if (!compressed.has(path)) compressed.set(path, gzipSync(await readFile(path)));
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
        res.end(compressed.get(path));
        return;
      }
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
