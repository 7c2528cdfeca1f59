// End-to-end tests of the export (issue 11, part 8): the image shows what
// the reader sees: the part of the map in view, the labels and site
// symbols in it, the lines, the selected unit, the whole key as the legend
// lists it, the date and the attribution. The PNG is drawn from the same
// SVG and saved for a look.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { OUTPUT, useAtlas } from './harness.mjs';

const atlas = useAtlas();

/** Opens the atlas at `hash` with downloads allowed. */
async function openForDownloads(hash, viewport = { width: 1440, height: 900 }) {
  const context = await atlas.browser.newContext({ acceptDownloads: true, viewport });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(atlas.server.url + hash);
  await page.waitForSelector('.atlas[data-complete]');
  return { context, page, problems };
}

/** Presses an export button and returns the download's path. */
async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return file.path();
}

/** The legend's rows as the page writes them. */
const legendRows = (page) => page.$$eval('section.legend li', (rows) => rows.map((r) => r.textContent.trim()));

/** Text as the export writes it (XML-escaped). */
const escaped = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

test('the export of 1945 with Kunashir selected carries the whole key, the selection, the sites, the date and the attribution', async () => {
  const { context, page, problems } = await openForDownloads('#year=1945&unit=kunashir');
  const svg = await readFile(await download(page, 'Export SVG'), 'utf8');
  const rows = await legendRows(page);
  assert.ok(rows.length >= 5, JSON.stringify(rows));
  for (const row of rows) assert.ok(svg.includes(`>${escaped(row)}</text>`), `the export's key lacks "${row}"`);
  assert.ok(svg.includes('End of 1945'), 'the date');
  assert.ok(svg.includes('Natural Earth'), 'the attribution');
  // Kunashir outlined, once.
  assert.equal(svg.match(/stroke="#000000" stroke-width="2.5"/g)?.length, 1);
  // Every site the map pins is pinned in the export, with its kind's symbol.
  const pins = await page.locator('svg.map-overlay g.sites .site').count();
  assert.ok(pins > 0);
  assert.equal(svg.match(/<circle [^>]*r="5" [^>]*stroke-width="2"\/>/g)?.length, pins);
  // The names the map writes (units, seas, towns, rivers) are in the export.
  const names = await page.$$eval('svg.map-overlay text.unit-label tspan, svg.map-overlay text.water-label tspan, svg.map-overlay .place text tspan, svg.map-overlay text.river-label',
    (ts) => ts.map((t) => t.textContent));
  assert.ok(names.length > 10, JSON.stringify(names));
  const missing = names.filter((name) => !svg.includes(`>${escaped(name)}</`));
  // The export places names for its own size: a few the page fits may yield there, and others appear.
  assert.ok(missing.length <= names.length / 5, `the export lacks ${JSON.stringify(missing)}`);
  for (const river of ['Amur', 'Ussuri']) assert.ok(svg.includes(`>${river}</text>`), river);
  // The scale bar, with the page's kind of round length.
  const km = Number(svg.match(/class="scale-bar" data-km="(\d+)"/)?.[1]);
  assert.ok([1, 2, 5].some((m) => Number.isInteger(Math.log10(km / m))), `a ${km} km bar`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the claims view exports its hatches and a key naming Japan as claimant', async () => {
  const { context, page, problems } = await openForDownloads('#year=2020&view=claims');
  const svg = await readFile(await download(page, 'Export SVG'), 'utf8');
  assert.ok(svg.includes('fill="url(#hatch-japan)"'), 'a unit hatched for Japan');
  assert.ok(svg.includes('>hatched: claimed by Japan</text>'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a zoomed view exports what is in view, and the PNG is drawn from it', async () => {
  const { context, page, problems } = await openForDownloads('#year=1945&unit=kunashir');
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 2; i += 1) await zoomIn.click();
  await page.waitForFunction(() => window.__atlasRested?.() ?? true);
  const viewBox = await page.locator('svg.map').getAttribute('viewBox');
  const svg = await readFile(await download(page, 'Export SVG'), 'utf8');
  const [x, y, w, h] = viewBox.split(/\s+/).map(Number);
  const nested = svg.match(/<svg x="0" y="56" width="1000" height="[\d.]+" viewBox="([\d. -]+)"/);
  assert.ok(nested, 'the map is nested in its own viewBox');
  const [ex, ey, ew, eh] = nested[1].split(' ').map(Number);
  for (const [a, b] of [[x, ex], [y, ey], [w, ew], [h, eh]]) assert.ok(Math.abs(a - b) < 0.05, `${viewBox} against ${nested[1]}`);
  const png = await readFile(await download(page, 'Export PNG'));
  assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG file');
  await writeFile(`${OUTPUT}export-1945-zoomed.png`, png);
  assert.deepEqual(problems, []);
  await context.close();
});
