// Trunk post-build hook: moves Trunk's inline module loader into a file of
// its own, so that the page's Content-Security-Policy can forbid inline
// script, and makes the loader explain itself where WebAssembly is missing
// or the module fails to load. Works on $TRUNK_STAGING_DIR/index.html.
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('harden-build: TRUNK_STAGING_DIR is not set; run me as a Trunk hook');
  process.exit(1);
}
const htmlPath = join(dir, 'index.html');
const html = await readFile(htmlPath, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/.exec(html);
if (!inline) {
  console.error('harden-build: no inline module script found in index.html');
  process.exit(1);
}
const js = /from '(\.\/[^']+\.js)'/.exec(inline[1])?.[1];
const wasm = /module_or_path: '(\.\/[^']+\.wasm)'/.exec(inline[1])?.[1];
if (!js || !wasm) {
  console.error('harden-build: the loader does not name its JS and wasm files');
  process.exit(1);
}
const loader = `// Starts Frontier Atlas. Written by scripts/harden-build.mjs so that the page runs no inline script.
const say = (message) => {
  const p = document.createElement('p');
  p.className = 'load-error';
  p.setAttribute('role', 'alert');
  p.textContent = message;
  document.getElementById('app')?.replaceChildren(p);
};
if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
  say('Frontier Atlas needs WebAssembly, which this browser does not offer or has turned off. Please open it in a current version of Firefox, Chrome, Safari or Edge.');
} else {
  try {
    // Compile while the glue code is imported, not after: the WebAssembly
    // is the longest part of the start. Where streaming compilation is
    // missing or refused (a server that mislabels .wasm), the glue fetches
    // the file itself.
    const compiling = typeof WebAssembly.compileStreaming === 'function'
      ? WebAssembly.compileStreaming(fetch('${wasm}')).catch(() => '${wasm}')
      : '${wasm}';
    const bindings = await import('${js}');
    const wasm = await bindings.default({ module_or_path: await compiling });
    window.wasmBindings = bindings;
    dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
  } catch (error) {
    say('Frontier Atlas could not start: its program files did not load (' + error + '). Reloading the page may help.');
  }
}
`;
const name = `loader-${createHash('sha256').update(loader).digest('hex').slice(0, 16)}.js`;
await writeFile(join(dir, name), loader);
await writeFile(htmlPath, html.replace(inline[0], `<script type="module" src="./${name}"></script>`));
console.log(`harden-build: loader moved to ${name}`);
