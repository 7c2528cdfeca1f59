// End-to-end tests of the reader's tools: time controls, claims and
// official-map views, comparison, languages, search, sharing and export,
// keyboard and screen-reader access, and phones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { OUTPUT, hash, slider, useAtlas } from './harness.mjs';

const require = createRequire(import.meta.url);
const atlas = useAtlas();
const open = atlas.open;

const attr = (page, unit, name) => page.locator(`[data-unit="${unit}"]`).getAttribute(name);

test('Play advances a year per tick and Pause stops it', async () => {
  const { page, problems } = await open('#year=1900');
  await page.getByRole('button', { name: 'Play' }).click();
  assert.equal(await page.getByRole('button', { name: 'Pause' }).count(), 1, 'the button is now named Pause');
  await page.waitForFunction(() => Number(document.querySelector('input[type=range]').value) >= 1902, null, { timeout: 5000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  const stopped = Number(await slider(page).inputValue());
  // Paused means the play timer is gone: no interval runs any more.
  await page.waitForFunction(() => window.__atlasTimers.intervals() === 0, null, { timeout: 5000 });
  assert.equal(Number(await slider(page).inputValue()), stopped, 'paused');
  await page.getByRole('button', { name: 'One year back' }).click();
  assert.equal(Number(await slider(page).inputValue()), stopped - 1);
  await page.getByRole('button', { name: 'One year forward' }).click();
  assert.equal(Number(await slider(page).inputValue()), stopped);
  assert.deepEqual(problems, []);
  await page.close();
});

test('Next and Previous event show the map as it stood right after each event', async () => {
  const { page, problems } = await open('#year=1945&date=1945-08-31');
  assert.equal(await attr(page, 'kunashir', 'data-holder'), 'japan');
  await page.getByRole('button', { name: 'Next event' }).click();
  // 1 Sep 1945: Kunashir and Shikotan occupied; Habomai still Japanese until 5 Sep.
  assert.match(await hash(page), /date=1945-09-01/);
  assert.equal(await attr(page, 'kunashir', 'data-holder'), 'soviet-union');
  assert.equal(await attr(page, 'habomai', 'data-holder'), 'japan');
  assert.match(await page.locator('.shown-date').textContent(), /1 Sep 1945/);
  // The legend names the same moment as the map (it also describes the map to screen readers).
  assert.equal(await page.locator('#legend-heading').textContent(), '1 Sep 1945');
  assert.equal(await page.locator('svg.map').getAttribute('aria-describedby'), 'legend-heading');
  await page.getByRole('button', { name: 'Previous event' }).click();
  assert.match(await hash(page), /date=1945-08-/);
  assert.equal(await attr(page, 'kunashir', 'data-holder'), 'japan');
  const ticks = await page.locator('.slider-ticks .tick-event').count();
  const treaties = await page.locator('.slider-ticks .tick-treaty').count();
  assert.ok(ticks >= 70 && treaties >= 20, `${ticks} event ticks, ${treaties} treaty marks`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the claims view hatches other claimants and "seen from" follows official maps', async () => {
  const { page, problems } = await open('#year=2020');
  await page.getByRole('button', { name: 'Claims' }).click();
  assert.match(await hash(page), /view=claims/);
  assert.match(await attr(page, 'kunashir', 'data-claimed-by'), /\bjapan\b/);
  assert.equal(await attr(page, 'hokkaido', 'data-claimed-by'), null);
  assert.ok(await page.locator('.claim-hatch').count() >= 4);
  // Zoom towards the southern Kurils for the picture of the claims view.
  const kunashir = await page.locator('[data-unit="kunashir"]').boundingBox();
  await page.mouse.move(kunashir.x + kunashir.width / 2, kunashir.y + kunashir.height / 2);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
  await page.screenshot({ path: `${OUTPUT}claims-2020.png` });
  await page.locator('#seen-from').selectOption('japan');
  assert.match(await hash(page), /seen-from=japan/);
  assert.equal(await attr(page, 'kunashir', 'data-shown-as'), 'japan');
  assert.equal(await attr(page, 'kunashir', 'data-holder'), 'russia', 'control is still Russian');
  assert.equal(await attr(page, 'sakhalin-south', 'data-shown-as'), 'undetermined');
  assert.equal(await attr(page, 'kurils-north', 'data-shown-as'), 'undetermined');
  await page.locator('#seen-from').selectOption('russia');
  assert.equal(await attr(page, 'kunashir', 'data-shown-as'), 'russia');
  assert.deepEqual(problems, []);
  await page.close();
});

test('comparing two years outlines and lists what changed hands', async () => {
  const { page, problems } = await open('#year=1946&compare=1939');
  assert.equal(await attr(page, 'kunashir', 'data-change'), 'hands');
  assert.equal(await attr(page, 'hokkaido', 'data-change'), 'regime');
  assert.equal(await attr(page, 'outer-mongolia', 'data-change'), null);
  const summary = page.getByRole('region', { name: /Changes 1939–1946/ });
  const text = await summary.textContent();
  for (const expected of ['Kunashir', 'Japan → Soviet Union', 'Manchuria']) assert.ok(text.includes(expected), expected);
  await page.screenshot({ path: `${OUTPUT}compare-1939-1946.png` });
  await page.reload();
  await page.waitForSelector('.atlas[data-complete]');
  assert.equal(await attr(page, 'kunashir', 'data-change'), 'hands', 'the comparison survives a reload');
  await page.locator('.compare-toggle').click();
  assert.doesNotMatch(await hash(page), /compare=/);
  assert.equal(await page.locator('.compare-frame').count(), 0, 'the earlier map goes with the comparison');
  assert.deepEqual(problems, []);
  await page.close();
});

test('languages switch interface text and place names', async () => {
  const { page, problems } = await open('#year=1939&lang=ja');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja');
  assert.equal(await page.getByRole('button', { name: /再生/ }).count(), 1);
  // Towns near Sakhalin's label yield to it at the full view: zoom in on
  // Karafuto (three steps around the focused unit) to see its capital named.
  await page.locator('svg.map [data-unit="sakhalin-south"]').focus();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('+');
  await page.waitForFunction(() => /豊原/.test(document.querySelector('.places')?.textContent ?? ''));
  assert.match(await page.locator('.places').textContent(), /豊原/);
  assert.match(await page.locator('.unit-labels').textContent(), /樺太/, 'Karafuto, the name of 1939');
  await page.screenshot({ path: `${OUTPUT}japanese-1939.png` });
  await page.locator('#lang').selectOption('ru');
  assert.match(await hash(page), /lang=ru/);
  assert.match(await page.locator('.unit-labels').textContent(), /Карафуто/);
  await page.locator('[data-unit="kunashir"]').focus();
  await page.keyboard.press('Enter');
  assert.match(await page.getByRole('region', { name: /history/ }).textContent(), /Кунашир/);
  assert.match(await page.locator('.places').textContent(), /Тоёхара/);
  await page.locator('#lang').selectOption('en');
  assert.doesNotMatch(await hash(page), /lang=/);
  assert.match(await page.locator('.places').textContent(), /Toyohara/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('search finds Shumshu the island and its 1945 battle, and choosing moves there', async () => {
  const { page, problems } = await open('#year=1900');
  const box = page.locator('input[type=search]');
  await box.fill('Shumshu');
  const options = page.getByRole('option');
  const texts = await options.allTextContents();
  assert.ok(texts.some((t) => /territory/.test(t) && /Kuril/.test(t)), `the island's unit is found: ${texts}`);
  assert.ok(texts.some((t) => /Battle of Shumshu/.test(t)), 'the battle is found');
  await page.locator('[data-hit-id="shumshu"]').click();
  assert.equal(await slider(page).inputValue(), '1945');
  assert.match(await page.getByRole('region', { name: /history/ }).textContent(), /Shumshu/);
  // Keyboard: type, arrow down, Enter.
  await box.fill('Toyohara');
  await box.press('Enter');
  assert.equal(await slider(page).inputValue(), '1905');
  assert.match(await hash(page), /unit=sakhalin-south/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('copy link, export SVG and export PNG', async () => {
  const context = await atlas.browser.newContext({ acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(atlas.server.url + '#year=1939&unit=kunashir');
  await page.waitForSelector('.atlas[data-complete]');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Link copied.').waitFor();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /#year=1939&unit=kunashir$/);
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
  assert.equal(svg.suggestedFilename(), 'frontier-atlas-1939.svg');
  const svgText = await readFile(await svg.path(), 'utf8');
  for (const needle of ['End of 1939', 'Manchukuo', 'Natural Earth', '<path']) assert.ok(svgText.includes(needle), needle);
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
  assert.equal(png.suggestedFilename(), 'frontier-atlas-1939.png');
  const bytes = await readFile(await png.path());
  assert.deepEqual([...bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG file');
  assert.ok(bytes.length > 20000, `${bytes.length} bytes`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('printing shows the map, legend and panels without the controls', async () => {
  const { page, problems } = await open('#year=1905&unit=sakhalin-south');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.time-controls', '.view-controls', '.share-controls', '.search', '.zoom-controls']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
  }
  for (const shown of ['svg.map[role=group]', '.legend', '.history', '.events']) {
    assert.ok(await page.locator(shown).first().isVisible(), `${shown} is printed`);
  }
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10000, `a ${pdf.length}-byte PDF`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('every URL key survives a reload, and bad values fall back', async () => {
  const full = '#year=1945&date=1945-09-02&unit=habomai&view=claims&seen-from=japan&lang=ru&compare=1939';
  const { page, problems } = await open(full);
  assert.equal(await hash(page), full);
  await page.reload();
  await page.waitForSelector('.atlas[data-complete]');
  assert.equal(await hash(page), full);
  assert.equal(await attr(page, 'habomai', 'data-holder'), 'japan', 'on 2 Sep 1945 Habomai was still Japanese');
  await page.goto(atlas.server.url + '#year=1945&date=1945-02-30&view=3d&seen-from=mars&lang=xx&compare=abc');
  await page.waitForSelector('.atlas[data-complete]');
  assert.equal(await hash(page), '#year=1945');
  assert.deepEqual(problems, []);
  await page.close();
});

test('keyboard: every control by Tab with a visible focus ring, slider keys, Enter and Escape', async () => {
  const { page, problems } = await open('#year=1945');
  const seen = new Set();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      // Map shapes and pins draw their focus ring as an orange stroke.
      const focusStroke = 'rgb(255, 159, 28)';
      const target = el.dataset?.site ? el.querySelector('circle') : el;
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || getComputedStyle(target).stroke === focusStroke;
      return { tag: el.tagName, name: el.getAttribute('aria-label') || el.textContent.trim().slice(0, 30), unit: el.dataset?.unit, ring, stroke: style.stroke };
    });
    seen.add(info.unit ? `unit:${info.unit}` : `${info.tag}:${info.name}`);
    assert.ok(info.ring, `${info.tag} ${info.name} shows a focus ring`);
  }
  for (const name of ['Play', 'Next event', 'Previous event', 'Export SVG', 'Copy link']) {
    assert.ok([...seen].some((s) => s.includes(name)), `${name} is reachable by Tab`);
  }
  await slider(page).focus();
  await page.keyboard.press('End');
  assert.equal(await slider(page).inputValue(), await slider(page).getAttribute('max'));
  await page.keyboard.press('Home');
  assert.equal(await slider(page).inputValue(), '1850');
  await page.keyboard.press('PageUp');
  assert.ok(Number(await slider(page).inputValue()) > 1851, 'PageUp moves by more than one year');
  await page.locator('[data-unit="iturup"]').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: /history/ }).waitFor();
  await page.keyboard.press('Escape');
  assert.equal(await page.getByRole('region', { name: /history/ }).count(), 0);
  const live = await page.locator('#announcer').textContent();
  assert.match(live, /End of \d{4}/, 'the year is announced politely');
  assert.deepEqual(problems, []);
  await page.close();
});

test('axe finds no serious or critical accessibility violation', async () => {
  const axe = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  for (const hash of ['#year=1945', '#year=1946&unit=kunashir&view=claims&compare=1939', '#year=1905&lang=ja']) {
    const { page, problems } = await open(hash);
    await page.evaluate(axe);
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`), [], hash);
    assert.deepEqual(problems, []);
    await page.close();
  }
});

test('phones: 375×667 keeps the map tall, nothing scrolls sideways, touch targets are 44 px, pinch zooms', async () => {
  const context = await atlas.browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(atlas.server.url + '#year=1939');
  await page.waitForSelector('.atlas[data-complete]');
  const map = await page.locator('svg.map[role=group]').boundingBox();
  assert.ok(map.height >= 250, `map ${map.height}px tall`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scroll (${overflow}px)`);
  const range = await slider(page).boundingBox();
  assert.ok(range.y >= map.y + map.height, 'the slider sits below the map');
  const small = await page.evaluate(() => [...document.querySelectorAll('button, input, select, [role=option]')]
    .filter((el) => el.offsetParent !== null)
    .map((el) => { const r = el.getBoundingClientRect(); return { name: el.getAttribute('aria-label') || el.textContent.trim().slice(0, 20) || el.type, w: r.width, h: r.height }; })
    .filter((r) => r.h < 44 || (r.w < 44 && r.name !== 'range')));
  assert.deepEqual(small, [], 'every visible control is at least 44 px');
  await page.screenshot({ path: `${OUTPUT}phone-1939.png` });
  // Pinch: two touch points moving apart over the map.
  const cdp = await context.newCDPSession(page);
  const cx = map.x + map.width / 2;
  const cy = map.y + map.height / 2;
  const before = await page.locator('svg.map[role=group]').getAttribute('viewBox');
  const touch = (type, d) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: cx - d, y: cy, id: 1 }, { x: cx + d, y: cy, id: 2 }] });
  await touch('touchStart', 20);
  for (const d of [30, 45, 60, 80]) await touch('touchMove', d);
  await touch('touchEnd', 0);
  const afterBox = await page.locator('svg.map[role=group]').getAttribute('viewBox');
  const width = (vb) => Number(vb.split(' ')[2]);
  assert.ok(width(afterBox) < width(before) * 0.8, `pinch zoomed in (${before} → ${afterBox})`);
  await context.close();
});
