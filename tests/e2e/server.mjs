// A minimal static file server on loopback only, for the end-to-end tests,
// the screenshot script and the benchmark. It serves folders under URL
// prefixes (dist/ at / or at /atlas/, to prove the build works under a
// subpath), with an optional Content-Security-Policy header.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.png': 'image/png',
};

/**
 * Serves each `[urlPrefix, folder]` of `routes` (longest prefix first) at
 * http://127.0.0.1:<port>; resolves to { origin, close }.
 */
export async function serveRoutes(routes, { port = 0, headers = {} } = {}) {
  const table = routes.map(([prefix, dir]) => [prefix, resolve(dir)]).sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const route = table.find(([prefix]) => path.startsWith(prefix));
      if (!route) {
        res.writeHead(404).end('not found');
        return;
      }
      const [prefix, base] = route;
      let file = normalize(join(base, path.slice(prefix.length)));
      if (!file.startsWith(base)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Serves `root` at http://127.0.0.1:<port><prefix>; resolves to { url, close }. */
export async function serve(root, { port = 0, prefix = '/', headers = {} } = {}) {
  const { origin, close } = await serveRoutes([[prefix, root]], { port, headers });
  return { url: origin + prefix, close };
}

// `node tests/e2e/server.mjs [dir] [port]` serves a build by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serve(process.argv[2] ?? 'dist', { port: Number(process.argv[3] ?? 8080) });
  console.log(`serving ${process.argv[2] ?? 'dist'} at ${url}`);
}
