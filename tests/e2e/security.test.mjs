// Hostile input and strict hosting: injected text stays text, the page runs
// under its Content-Security-Policy, works under a subpath, explains a
// missing WebAssembly, names a corrupted data file, ships exactly the data
// the validator checked, and survives a storm of random use.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';
import { WATCH_TIMERS, packBundle, rested } from './harness.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
let server;
let browser;

before(async () => {
  server = await serve(DIST);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Records CSP violations from the very start of the page. */
const WATCH_CSP = () => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
};

const HOSTILE = '<img src=x onerror=alert(1)></script><script>alert(2)</script>';

test('injected text in the data stays text and runs nothing', async () => {
  const page = await browser.newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  // A record that passes every rule but carries markup in its texts.
  const hostile = await packBundle((files) => {
    files['units.json'].find((u) => u.id === 'kunashir').names.en = `Kunashir ${HOSTILE}`;
    files['events.json'].find((e) => e.id === '1945-kunashir-and-shikotan-occupied').title = `Occupied ${HOSTILE}`;
  });
  await page.route('**/data/atlas.bin', (route) => route.fulfill({ body: hostile, contentType: 'application/octet-stream' }));
  await page.addInitScript(WATCH_TIMERS);
  await page.goto(server.url + '#year=1945&unit=kunashir');
  await page.waitForSelector('.atlas[data-complete]');
  assert.ok((await page.getByRole('region', { name: /history/ }).textContent()).includes(`Kunashir ${HOSTILE}`), 'the unit name shows literally');
  assert.ok((await page.getByRole('region', { name: /Events/ }).textContent()).includes(`Occupied ${HOSTILE}`), 'the event title shows literally');
  assert.equal(await page.locator('img').count(), 0, 'no element was injected');
  assert.equal(await page.locator('body script').count(), 0);
  // Whatever the texts could start has had its chance: the atlas has made
  // every change it defers, and every image on the page has loaded or failed.
  await rested(page);
  await page.waitForFunction(() => [...document.images].every((image) => image.complete), null, { timeout: 10000 });
  assert.deepEqual(dialogs, [], 'no script ran');
  await page.close();
});

test('the page runs under its Content-Security-Policy without a violation', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  assert.match(html, /http-equiv="Content-Security-Policy"[^>]*script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  assert.match(html, /<noscript>/);
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.addInitScript(WATCH_CSP);
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(server.url + '#year=1939&unit=kunashir&view=claims');
  await page.waitForSelector('.atlas[data-complete]');
  await page.locator('input[type=search]').fill('Port Arthur');
  await page.getByRole('option').first().click();
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
  assert.ok(png.suggestedFilename().endsWith('.png'));
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the build works under a subpath and requests nothing from another origin', async () => {
  const sub = await serve(DIST, { prefix: '/atlas/' });
  const { page, problems } = await openPage(browser, `${sub.url}#year=1905&unit=sakhalin-south`);
  await page.waitForSelector('.atlas[data-complete]', { timeout: 20000 });
  assert.equal(await page.locator('[data-unit="sakhalin-south"]').getAttribute('data-holder'), 'japan');
  assert.deepEqual(problems, []);
  await page.close();
  await sub.close();
});

test('a browser without WebAssembly gets a clear message', async () => {
  const page = await browser.newPage();
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto(server.url);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /needs WebAssembly/);
  await page.close();
});

test('a corrupted or truncated data file is named on the page', async () => {
  for (const [what, mangle, expected] of [
    ['cut in half', (b) => b.subarray(0, Math.floor(b.length / 2)), /atlas\.bin/],
    ['one byte flipped in the format', (b) => { const c = Buffer.from(b); c[0] ^= 0x7f; return c; }, /atlas\.bin.*format/],
    // Still decodes, but the polity's id no longer matches the units that name it.
    ['a letter changed inside an id', (b) => {
      const c = Buffer.from(b);
      c.write('soviet-uniom', c.indexOf('soviet-union'));
      return c;
    }, /units\.json.*soviet-union/],
  ]) {
    const page = await browser.newPage();
    await page.route('**/data/atlas.bin', async (route) => {
      const shipped = Buffer.from(await (await route.fetch()).body());
      await route.fulfill({ body: mangle(shipped), contentType: 'application/octet-stream' });
    });
    await page.goto(server.url);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20000 });
    assert.match(await alert.textContent(), expected, what);
    await page.close();
  }
});

test('the data that ships is byte for byte the data the validator checked', async () => {
  const manifest = await readFile(join(DIST, 'data/manifest.sha256'), 'utf8');
  const lines = manifest.trim().split('\n').map((l) => l.split(/\s+/));
  assert.deepEqual(lines.map(([, name]) => name), ['atlas.bin']);
  const sha = (buf) => createHash('sha256').update(buf).digest('hex');
  // The validator packs the bundle from geo/data as committed; packing it
  // afresh must give the very bytes that ship.
  const fresh = await packBundle();
  for (const [hash, name] of lines) {
    assert.equal(sha(await readFile(join(DIST, 'data', name))), hash, `dist/data/${name}`);
    assert.equal(sha(fresh), hash, `${name} packed afresh from geo/data`);
  }
  const shipped = (await readdir(join(DIST, 'data'))).filter((f) => f !== 'manifest.sha256').sort();
  assert.deepEqual(shipped, lines.map(([, n]) => n).sort(), 'nothing unchecked ships');
});

/** A small seeded generator (mulberry32), so a failing storm can be replayed. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The storm's seed: 1 unless `STORM_SEED` says otherwise. `STORM_SEED=N`
 * replays storm N; `STORM_SEED=random` draws a new one (printed, so that
 * a failure can be replayed).
 */
function stormSeed(given = process.env.STORM_SEED) {
  if (given === undefined || given === '') return 1;
  if (given === 'random') return Math.floor(Math.random() * 1000000);
  if (!/^\d+$/.test(given) || Number(given) > 0xffffffff) throw new Error(`STORM_SEED must be a whole number (0 to 4294967295) or "random", not ${JSON.stringify(given)}`);
  return Number(given);
}

test('a storm of 1,000 random interactions leaves a working atlas', async (t) => {
  const seed = stormSeed();
  const replay = `replay it with STORM_SEED=${seed}`;
  console.log(`storm seed ${seed} (${replay})`);
  t.diagnostic(`storm seed ${seed}`);
  const rnd = random(seed);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.addInitScript(WATCH_CSP);
  await page.addInitScript(WATCH_TIMERS);
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('dialog', (d) => d.dismiss());
  page.on('download', (d) => d.cancel().catch(() => {}));
  // A link to a source opens another tab; close it, it is not the atlas.
  context.on('page', (p) => { if (p !== page) p.close().catch(() => {}); });
  // An action the page cannot take right now (a control scrolled away, a
  // disabled button) is skipped quickly: it is not an error of the atlas.
  page.setDefaultTimeout(1500);
  await page.goto(server.url + '#year=1945');
  await page.waitForSelector('.atlas[data-complete]');
  const hashes = ['#year=1905', '#year=abc', '#unit=atlantis', '#year=1945&date=1945-09-02', '#view=claims&seen-from=japan', '#lang=ru', '#lang=ja&compare=1900',
    '#compare=99999', '#year=1950&unit=kunashir', '#%%%', '#year=1855&view=claims', '#seen-from=russia&lang=en'];
  const keys = ['ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End', 'Tab', 'Shift+Tab', 'Enter', 'Escape', ' '];
  const sizes = [[1280, 860], [375, 667], [800, 600], [1024, 768]];
  const log = [];
  let skipped = 0;
  try {
    for (let i = 0; i < 1000; i++) {
      const kind = pick(['click', 'click', 'drag', 'wheel', 'key', 'key', 'slider', 'button', 'hash', 'resize']);
      const vp = page.viewportSize();
      const x = rnd() * vp.width;
      const y = rnd() * vp.height;
      log.push(`${i}:${kind}`);
      try {
        if (kind === 'click') await page.mouse.click(x, y);
        else if (kind === 'drag') { await page.mouse.move(x, y); await page.mouse.down(); await page.mouse.move(x + (rnd() - 0.5) * 300, y + (rnd() - 0.5) * 300, { steps: 4 }); await page.mouse.up(); }
        else if (kind === 'wheel') { await page.mouse.move(x, y); await page.mouse.wheel(0, (rnd() - 0.5) * 800); }
        else if (kind === 'key') await page.keyboard.press(pick(keys));
        else if (kind === 'slider') await page.locator('input[type=range]').fill(String(1850 + Math.floor(rnd() * 177)));
        else if (kind === 'button') {
          const buttons = page.locator('button:visible:enabled');
          const n = await buttons.count();
          if (n) await buttons.nth(Math.floor(rnd() * n)).click();
        } else if (kind === 'hash') await page.evaluate((h) => { location.hash = h; }, pick(hashes));
        else if (kind === 'resize') { const [w, h] = pick(sizes); await page.setViewportSize({ width: w, height: h }); }
      } catch (error) {
        if (!/Timeout|not visible|not enabled|detached|outside of the viewport/i.test(String(error))) throw error;
        skipped += 1;
      }
    }
    await page.keyboard.press('Escape');
    // The state once the atlas has rested (between two steps, if it is
    // playing), read in the same poll so that no step comes between.
    const state = await (await page.waitForFunction(() => window.__atlasRested() && {
      units: document.querySelectorAll('[data-unit][data-holder]').length,
      slider: document.querySelector('input[type=range]')?.value,
      shown: document.querySelector('.year-display')?.textContent,
      hash: location.hash,
      legend: document.querySelectorAll('.legend li[data-polity]').length,
      violations: window.__cspViolations,
    }, null, { timeout: 10000 })).jsonValue();
    assert.ok(skipped < 300, `${skipped} of 1,000 interactions could not be taken (seed ${seed})`);
    assert.ok(state.units >= 20, `the map is still drawn (seed ${seed})`);
    assert.equal(state.shown, state.slider, `slider and year agree (seed ${seed})`);
    assert.match(state.hash, new RegExp(`year=${state.slider}\\b`), `the hash follows the slider (seed ${seed})`);
    assert.ok(state.legend >= 1, `the legend lists the holders (seed ${seed})`);
    assert.deepEqual(state.violations, [], `no CSP violation (seed ${seed})`);
    assert.deepEqual(problems, [], `no console error or exception (seed ${seed}; last steps ${log.slice(-8).join(' ')})`);
  } catch (error) {
    error.message = `storm seed ${seed} (${replay}): ${error.message}`;
    throw error;
  } finally {
    await context.close();
  }
});
