// A CPU profile of the atlas during the benchmark's slider sweep (or its
// cold load), summed by function: where a step's script time goes.
//
//   node tests/bench/profile.mjs [dist-folder] [sweep|load]
//
// Build the folder with function names kept to read them, e.g. with
// `data-keep-debug` on the rust link of a copy of index.html. Reports
// self time; asserts nothing.
import { join } from 'node:path';
import { serveRoutes } from '../e2e/server.mjs';
import { launch } from '../e2e/browser.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const dist = process.argv[2] ?? join(ROOT, 'dist');
const mode = process.argv[3] ?? 'sweep';
const server = await serveRoutes([['/atlas/', dist]]);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
if (mode === 'load') await cdp.send('Profiler.start');
await page.goto(`${server.origin}/atlas/#year=1850`);
await page.waitForFunction(() => document.querySelectorAll('[data-unit]').length >= 20);
if (mode === 'sweep') {
  await cdp.send('Profiler.start');
  await page.evaluate(async () => {
    const input = document.querySelector('input[type=range]');
    for (let round = 0; round < 2; round++) {
      for (let y = Number(input.min); y <= Number(input.max); y++) {
        await new Promise((r) => requestAnimationFrame(() => {
          input.value = String(y);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          r();
        }));
      }
    }
  });
}
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
await server.close();

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (node) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}`;
const inclusive = new Map();
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const node = byId.get(profile.samples[i]);
  const name = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}`;
  self.set(name, (self.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
  const seen = new Set();
  for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
    const l = label(byId.get(id));
    if (seen.has(l)) continue;
    seen.add(l);
    inclusive.set(l, (inclusive.get(l) ?? 0) + (dt[i] ?? 0) / 1000);
  }
}
const total = [...self.entries()].filter(([n]) => !n.startsWith('(idle)') && !n.startsWith('(program)')).reduce((t, [, v]) => t + v, 0);
console.log(`busy ${total.toFixed(1)} ms (idle and program excluded)`);
console.log('self time:');
for (const [name, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
  console.log(`${ms.toFixed(2).padStart(9)} ms  ${name.slice(0, 150)}`);
}
console.log('total time (with callees), the atlas’s own functions:');
for (const [name, ms] of [...inclusive.entries()].filter(([n]) => new RegExp(process.env.PROFILE_FILTER ?? "frontier_atlas|atlas_core").test(n)).sort((a, b) => b[1] - a[1]).slice(0, 30)) {
  console.log(`${ms.toFixed(2).padStart(9)} ms  ${name.slice(0, 150)}`);
}
