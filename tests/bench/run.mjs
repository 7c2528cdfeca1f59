// The performance benchmark: the atlas's release build against a plain
// d3-geo + d3-selection peer drawing the same data, both in Debian's
// Chromium on this machine, alternating runs. Prints a table, writes
// tests/bench/output/results.json and tests/bench/RESULTS.md.
//
// Run it with `bash scripts/bench.sh` (which builds the release first).
// Timings are reported, never asserted.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { serveRoutes } from '../e2e/server.mjs';
import { launch, CHROMIUM } from '../e2e/browser.mjs';
// What ships and how it is counted, as the test command's size budget counts it.
import { filesUnder, gzipSize, kb } from '../../scripts/check-size.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const UNIT_COUNT = JSON.parse(await readFile(join(ROOT, 'geo/data/units.json'), 'utf8')).length;

const server = await serveRoutes([
  ['/atlas/', join(ROOT, 'dist')],
  ['/peer/data/', join(ROOT, 'geo/data')],
  ['/peer/vendor/', join(ROOT, 'node_modules')],
  ['/peer/', join(ROOT, 'tests/bench/peer')],
]);
const TARGETS = {
  atlas: `${server.origin}/atlas/#year=1850`,
  peer: `${server.origin}/peer/`,
};

function kindOf(file) {
  if (file.endsWith('.wasm')) return 'wasm';
  if (file.endsWith('.js')) return 'js';
  if (file.endsWith('.css')) return 'css';
  if (file.endsWith('.html')) return 'html';
  if (file.endsWith('.json') || file.endsWith('.geojson') || file.endsWith('.bin') || file.endsWith('.sha256')) return 'data';
  return 'other';
}

async function bytes(files) {
  const sums = {};
  for (const file of files) {
    const body = await readFile(file);
    const kind = kindOf(file);
    sums[kind] ??= { raw: 0, gzip: 0 };
    sums[kind].raw += body.length;
    sums[kind].gzip += gzipSize(body);
  }
  sums.total = Object.values(sums).reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip }), { raw: 0, gzip: 0 });
  return sums;
}

const shipped = {
  atlas: await bytes(await filesUnder(join(ROOT, 'dist'))),
  peer: await bytes([
    'tests/bench/peer/index.html', 'tests/bench/peer/peer.js',
    'node_modules/d3-array/dist/d3-array.min.js', 'node_modules/d3-geo/dist/d3-geo.min.js', 'node_modules/d3-selection/dist/d3-selection.min.js',
    'geo/data/polities.json', 'geo/data/units.json', 'geo/data/units.geojson', 'geo/data/context.geojson',
  ].map((f) => join(ROOT, f))),
};

// Runs in the page before anything else: records long tasks and the wasm memory.
const INIT = () => {
  window.__longTasks = 0;
  new PerformanceObserver((list) => { window.__longTasks += list.getEntries().length; }).observe({ type: 'longtask', buffered: true });
  addEventListener('TrunkApplicationStarted', (e) => { window.__wasmMemory = e.detail?.wasm?.memory; });
};

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]; };

async function measure(browser, name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.addInitScript(INIT);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

  // Cold load: navigation start to the first frame with every unit drawn.
  await page.goto(TARGETS[name]);
  await page.waitForFunction((n) => document.querySelectorAll('[data-unit]').length >= n, UNIT_COUNT, { timeout: 30000 });
  const coldLoad = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));
  // The atlas marks when its record and map are loaded and checked.
  const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));

  // Slider sweep, one input event per frame, each at a random point of its frame.
  const years = await page.evaluate(() => {
    const input = document.querySelector('input[type=range]');
    const [min, max] = [Number(input.min), Number(input.max)];
    const up = Array.from({ length: max - min + 1 }, (_, i) => min + i);
    return [...up, ...up.slice(0, -1).reverse()];
  });
  const longBefore = await page.evaluate(() => window.__longTasks);
  const steps = [];
  for (const year of years) {
    const before = await metrics();
    const latency = await page.evaluate((y) => new Promise((resolve) => {
      requestAnimationFrame(() => setTimeout(() => {
        const input = document.querySelector('input[type=range]');
        const t0 = performance.now();
        input.value = String(y);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        requestAnimationFrame(() => resolve(performance.now() - t0));
      }, Math.random() * 8));
    }), year);
    const after = await metrics();
    const d = (k) => (after[k] - before[k]) * 1000;
    steps.push({ latency, task: d('TaskDuration'), script: d('ScriptDuration'), layout: d('LayoutDuration'), style: d('RecalcStyleDuration') });
  }
  const longTasks = (await page.evaluate(() => window.__longTasks)) - longBefore;

  // The harness's own cost: the same measured step, frame and timer, with
  // an event neither page listens to. (An input event that repeats the
  // year is no baseline: the peer recolours all its units on it.)
  const baseline = [];
  for (let i = 0; i < 40; i++) {
    const before = await metrics();
    await page.evaluate(() => new Promise((resolve) => {
      requestAnimationFrame(() => setTimeout(() => {
        const input = document.querySelector('input[type=range]');
        input.dispatchEvent(new Event('bench-no-op', { bubbles: true }));
        requestAnimationFrame(() => resolve());
      }, Math.random() * 8));
    }));
    const after = await metrics();
    baseline.push((after.TaskDuration - before.TaskDuration) * 1000);
  }
  const holderCheck = await page.locator('[data-unit="kunashir"]').getAttribute('data-holder');

  // Click on an island to its history shown.
  const click = await page.evaluate(() => new Promise((resolve) => {
    const el = document.querySelector('[data-unit="kunashir"]');
    const r = el.getBoundingClientRect();
    let point = null;
    for (let i = 1; i < 12 && !point; i++) for (let j = 1; j < 12 && !point; j++) {
      const x = r.left + (r.width * i) / 12; const y = r.top + (r.height * j) / 12;
      if (document.elementFromPoint(x, y) === el) point = { x, y };
    }
    // The history is looked for after every DOM change (a mutation
    // observer), not once a frame, so that an app that renders in a
    // microtask is timed as fairly as one that renders at once; the time
    // runs to the next frame, when the history is on screen.
    const shown = () => [...document.querySelectorAll('[role=region]')].some((e) => /history/.test(e.getAttribute('aria-label') ?? ''));
    const done = () => requestAnimationFrame(() => resolve(performance.now() - t0));
    const observer = new MutationObserver(() => { if (shown()) { observer.disconnect(); done(); } });
    observer.observe(document.body, { childList: true, subtree: true });
    const t0 = performance.now();
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: point?.x ?? 0, clientY: point?.y ?? 0 }));
    if (shown()) { observer.disconnect(); done(); }
  }));

  const end = await metrics();
  const wasm = await page.evaluate(() => window.__wasmMemory?.buffer?.byteLength ?? 0);
  await context.close();
  return {
    coldLoad, click, longTasks, holderCheck,
    startedAt: marks['atlas:started'] ?? null,
    dataLoadedAt: marks['atlas:data-loaded'] ?? null,
    renderedAt: marks['atlas:rendered'] ?? null,
    stepTaskMedian: median(steps.map((s) => s.task)),
    harnessMedian: median(baseline),
    stepNetMedian: median(steps.map((s) => s.task)) - median(baseline),
    stepTaskMean: steps.reduce((t, s) => t + s.task, 0) / steps.length,
    stepScriptMedian: median(steps.map((s) => s.script)),
    stepLayoutStyleMedian: median(steps.map((s) => s.layout + s.style)),
    latencyP95: p95(steps.map((s) => s.latency)),
    jsHeap: end.JSHeapUsedSize,
    wasmMemory: wasm,
    steps: steps.length,
  };
}

const browser = await launch();
const runs = { atlas: [], peer: [] };
for (let i = 0; i < RUNS; i++) {
  const order = i % 2 === 0 ? ['atlas', 'peer'] : ['peer', 'atlas'];
  for (const name of order) {
    const r = await measure(browser, name);
    runs[name].push(r);
    process.stderr.write(`run ${i + 1}/${RUNS} ${name}: load ${r.coldLoad.toFixed(0)} ms, step ${r.stepNetMedian.toFixed(2)} ms net, p95 ${r.latencyP95.toFixed(1)} ms\n`);
  }
}
const chromiumVersion = (await browser.version?.()) ?? '';
await browser.close();
await server.close();

const summary = {};
for (const name of ['atlas', 'peer']) {
  const rs = runs[name];
  const med = (k) => median(rs.map((r) => r[k]));
  summary[name] = {
    coldLoadMs: med('coldLoad'),
    startedMs: rs.every((r) => r.startedAt !== null) ? med('startedAt') : null,
    dataLoadedMs: rs.every((r) => r.dataLoadedAt !== null) ? med('dataLoadedAt') : null,
    renderedMs: rs.every((r) => r.renderedAt !== null) ? med('renderedAt') : null,
    stepTaskMedianMs: med('stepTaskMedian'),
    harnessMs: med('harnessMedian'),
    stepNetMedianMs: med('stepNetMedian'),
    stepTaskMeanMs: med('stepTaskMean'),
    stepScriptMedianMs: med('stepScriptMedian'),
    stepLayoutStyleMedianMs: med('stepLayoutStyleMedian'),
    latencyP95Ms: med('latencyP95'),
    longTasks: Math.max(...rs.map((r) => r.longTasks)),
    clickToHistoryMs: med('click'),
    memoryMB: (med('jsHeap') + med('wasmMemory')) / 1048576,
    jsHeapMB: med('jsHeap') / 1048576,
    wasmMemoryMB: med('wasmMemory') / 1048576,
    bytes: shipped[name],
  };
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const machine = `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
let chromium = chromiumVersion;
try { chromium = execFileSync(CHROMIUM, ['--version']).toString().trim(); } catch { /* keep the browser's own word */ }
const date = new Date().toISOString().slice(0, 10);
const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : '–');
const rows = [
  ['Cold load to first map frame (median)', (s) => `${s.coldLoadMs.toFixed(0)} ms`, 'coldLoadMs'],
  ['  the WebAssembly runs (atlas mark)', (s) => (s.startedMs === null ? '–' : `${s.startedMs.toFixed(0)} ms`), 'startedMs'],
  ['  the record and map are loaded and checked (atlas mark)', (s) => (s.dataLoadedMs === null ? '–' : `${s.dataLoadedMs.toFixed(0)} ms`), 'dataLoadedMs'],
  ['  the first render is in the DOM (atlas mark)', (s) => (s.renderedMs === null ? '–' : `${s.renderedMs.toFixed(0)} ms`), 'renderedMs'],
  ['Main-thread time per slider step, net of the harness (median)', (s) => `${s.stepNetMedianMs.toFixed(2)} ms`, 'stepNetMedianMs'],
  ['Main-thread time per slider step, as measured (median)', (s) => `${s.stepTaskMedianMs.toFixed(2)} ms`, 'stepTaskMedianMs'],
  ['  the harness alone (no-op step, median)', (s) => `${s.harnessMs.toFixed(2)} ms`, 'harnessMs'],
  ['Main-thread time per slider step (mean)', (s) => `${s.stepTaskMeanMs.toFixed(2)} ms`, 'stepTaskMeanMs'],
  ['  of which script (median)', (s) => `${s.stepScriptMedianMs.toFixed(2)} ms`, 'stepScriptMedianMs'],
  ['  of which style and layout (median)', (s) => `${s.stepLayoutStyleMedianMs.toFixed(2)} ms`, 'stepLayoutStyleMedianMs'],
  ['Input-to-next-frame latency (p95)', (s) => `${s.latencyP95Ms.toFixed(1)} ms`, 'latencyP95Ms'],
  ['Long tasks (≥ 50 ms) during the sweep', (s) => `${s.longTasks}`, 'longTasks'],
  ['Click on Kunashir to history shown (median)', (s) => `${s.clickToHistoryMs.toFixed(1)} ms`, 'clickToHistoryMs'],
  ['JS heap + wasm memory after the sweep', (s) => `${s.memoryMB.toFixed(1)} MB (${s.jsHeapMB.toFixed(1)} + ${s.wasmMemoryMB.toFixed(1)})`, 'memoryMB'],
];
const byteRows = ['wasm', 'js', 'data', 'css', 'html', 'total'].map((k) => [
  `Shipped ${k}: raw / gzip`,
  (s) => s.bytes[k] ? `${kb(s.bytes[k].raw)} / ${kb(s.bytes[k].gzip)}` : '–',
  null,
  k,
]);
const table = [
  '| Measure | Atlas | d3 peer | Atlas / peer |',
  '|---|---|---|---|',
  ...rows.map(([label, fmt, key]) => `| ${label} | ${fmt(summary.atlas)} | ${fmt(summary.peer)} | ${summary.peer[key] === null ? '–' : ratio(summary.atlas[key], summary.peer[key])} |`),
  ...byteRows.map(([label, fmt, , k]) => `| ${label} | ${fmt(summary.atlas)} | ${fmt(summary.peer)} | ${summary.peer.bytes[k] ? ratio(summary.atlas.bytes[k]?.gzip ?? 0, summary.peer.bytes[k].gzip) : '–'} |`),
].join('\n');
const header = `Measured ${date} on ${machine}, ${chromium}, headless, ${RUNS} alternating runs of each (medians), ${runs.atlas[0].steps} slider steps per sweep (1850 → today → 1850), one input event per frame.`;
console.log(`\n${header}\n\n${table}\n`);

await mkdir(join(ROOT, 'tests/bench/output'), { recursive: true });
await writeFile(join(ROOT, 'tests/bench/output/results.json'), JSON.stringify({ date, machine, chromium, runs: RUNS, summary, raw: runs }, null, 2));
const results = `# Benchmark results

${header}

The peer (\`tests/bench/peer/\`) draws the same \`geo/data\` files in the same projection with d3-geo and d3-selection and recolours the same units per year. Both are served from 127.0.0.1 with the cache disabled. Ratios below 1 favour the atlas.

${table}

Reproduce with \`bash scripts/bench.sh\` (it builds the release first; \`BENCH_RUNS=5\` for more runs). The raw numbers of every run are in \`tests/bench/output/results.json\`.
`;
// Hand-written notes below the marker survive a new run.
const MARKER = '<!-- notes: kept by run.mjs -->';
const previous = await readFile(join(ROOT, 'tests/bench/RESULTS.md'), 'utf8').catch(() => '');
const notes = previous.includes(MARKER) ? previous.slice(previous.indexOf(MARKER)) : `${MARKER}\n`;
await writeFile(join(ROOT, 'tests/bench/RESULTS.md'), `${results}\n${notes}`);

