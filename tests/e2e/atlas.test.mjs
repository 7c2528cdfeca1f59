// End-to-end tests: the release build in dist/, served on 127.0.0.1 and
// driven in Debian's Chromium as a reader would use it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OUTPUT, hash, slider, useAtlas } from './harness.mjs';

const atlas = useAtlas();
const open = atlas.open;

const holderOf = (page, unit) => page.locator(`[data-unit="${unit}"]`).getAttribute('data-holder');

test('opens with every unit drawn and a Year slider', async () => {
  const { page, problems } = await open();
  const units = await page.locator('[data-unit]').evaluateAll((els) => els.map((e) => [e.dataset.unit, e.dataset.holder]));
  const ids = units.map(([id]) => id);
  for (const id of ['sakhalin-north', 'sakhalin-south', 'kunashir', 'iturup', 'shikotan', 'habomai', 'kurils-north', 'hokkaido',
    'japan-home', 'kwantung', 'manchuria', 'jehol', 'korea-north', 'korea-south', 'primorye', 'amur', 'transbaikal', 'kamchatka', 'outer-mongolia']) {
    assert.ok(ids.includes(id), `unit ${id} is drawn`);
  }
  assert.ok(units.every(([, holder]) => holder), 'every unit names its holder');
  assert.equal(await slider(page).inputValue(), '1945');
  assert.ok(await page.getByRole('region', { name: /Events/ }).isVisible());
  assert.deepEqual(problems, []);
  await page.close();
});

test('dragging the slider recolours the map while the thumb moves', async () => {
  const { page, problems } = await open('#year=1850');
  const box = await slider(page).boundingBox();
  const y = box.y + box.height / 2;
  // The thumb sits at the left end for 1850; press it and drag right.
  await page.mouse.move(box.x + 8, y);
  await page.mouse.down();
  const seen = new Map();
  for (let step = 1; step <= 24; step++) {
    await page.mouse.move(box.x + 8 + ((box.width - 16) * step) / 24, y);
    const year = Number(await page.locator('.year-display').textContent());
    seen.set(year, await holderOf(page, 'sakhalin-south'));
  }
  await page.mouse.up();
  const years = [...seen.keys()];
  assert.ok(years.length >= 10, `the year changed during the drag (${years.join(', ')})`);
  for (const [year, holder] of seen) {
    const expected = year < 1855 ? 'japan' : year < 1875 ? 'joint-russia-japan' : year < 1905 ? 'russian-empire'
      : year < 1945 ? 'japan' : year < 1991 ? 'soviet-union' : 'russia';
    assert.equal(holder, expected, `southern Sakhalin at the end of ${year}`);
  }
  assert.match(await hash(page), /^#year=\d{4}$/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the keyboard moves the slider and the URL follows without history entries', async () => {
  const { page, problems } = await open('#year=1904');
  const before = await page.evaluate(() => history.length);
  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await hash(page), '#year=1905');
  assert.equal(await holderOf(page, 'sakhalin-south'), 'japan');
  await page.keyboard.press('ArrowRight');
  assert.equal(await hash(page), '#year=1906');
  assert.equal(await page.evaluate(() => history.length), before, 'replaceState, not pushState');
  assert.deepEqual(problems, []);
  await page.close();
});

test('clicking an island opens its claim history', async () => {
  const { page, problems } = await open('#year=1946');
  // Zoom towards the southern Kurils so the island is big enough to hit.
  const island = page.locator('[data-unit="kunashir"]');
  for (let i = 0; i < 3; i++) {
    const b = await island.boundingBox();
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await page.mouse.wheel(0, -400);
  }
  // Click a point that is really on the island, as a reader would.
  const point = await island.evaluate((el) => {
    const r = el.getBoundingClientRect();
    for (let i = 1; i < 12; i++) {
      for (let j = 1; j < 12; j++) {
        const x = r.left + (r.width * i) / 12;
        const y = r.top + (r.height * j) / 12;
        if (document.elementFromPoint(x, y) === el) return { x, y };
      }
    }
    return null;
  });
  assert.ok(point, 'some point of Kunashir is clickable');
  await page.mouse.click(point.x, point.y);
  const panel = page.getByRole('region', { name: /history/ });
  await panel.waitFor();
  const text = await panel.textContent();
  for (const expected of ['Kunashir', '国後島', 'Кунашир', 'Soviet Union', 'Treaty of Shimoda', 'Japan', 'Claims', 'Sources']) {
    assert.ok(text.includes(expected), `the history shows ${expected}`);
  }
  assert.match(await hash(page), /unit=kunashir/);
  await page.keyboard.press('Escape');
  assert.equal(await page.getByRole('region', { name: /history/ }).count(), 0, 'Escape closes the history');
  assert.deepEqual(problems, []);
  await page.close();
});

test('Enter on a focused unit opens its history', async () => {
  const { page, problems } = await open('#year=1925');
  await page.locator('[data-unit="sakhalin-north"]').focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: /history/ });
  await panel.waitFor();
  assert.ok((await panel.textContent()).includes('Basic Convention'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('a deep link reopens the same view', async () => {
  const { page, problems } = await open('#year=1905&unit=sakhalin-south');
  assert.equal(await slider(page).inputValue(), '1905');
  assert.ok((await page.getByRole('region', { name: /history/ }).textContent()).includes('Southern Sakhalin'));
  await page.reload();
  await page.waitForSelector('.atlas[data-complete]');
  assert.equal(await slider(page).inputValue(), '1905');
  assert.equal(await page.getByRole('region', { name: /history/ }).count(), 1);
  assert.deepEqual(problems, []);
  await page.close();
});

test('bad URL input opens at the default without errors', async () => {
  for (const hash of ['#year=abc', '#year=99999', '#unit=atlantis', '#year=%3Cscript%3Ealert(1)%3C/script%3E&unit=']) {
    const { page, problems } = await open(hash);
    assert.equal(await slider(page).inputValue(), '1945', hash);
    assert.equal(await page.getByRole('region', { name: /history/ }).count(), 0, hash);
    assert.deepEqual(problems, [], hash);
    await page.close();
  }
});

test('a hand-edited hash that says nothing usable gives way to the view\'s own', async () => {
  const { page, problems } = await open('#year=1930');
  for (const edited of ['#compare=99999', '#unit=atlantis', '#year=abc', '#']) {
    await page.evaluate((h) => { location.hash = h; }, edited);
    assert.equal(await hash(page), '#year=1930', edited);
  }
  await page.evaluate(() => { location.hash = '#year=1931&unit=manchuria'; });
  assert.equal(await hash(page), '#year=1931&unit=manchuria');
  assert.equal(await slider(page).inputValue(), '1931');
  assert.deepEqual(problems, []);
  await page.close();
});

test('events, sites and lines belong to their year', async () => {
  const { page, problems } = await open('#year=1939');
  const events = page.getByRole('region', { name: /Events/ });
  assert.match(await events.textContent(), /Khalkhin Gol/);
  assert.equal(await page.locator('[data-site="khalkhin-gol"]').count(), 1);
  assert.match(await page.locator('[data-site="khalkhin-gol"] title').textContent(), /Soviet/);
  assert.equal(await page.locator('svg.map-overlay [data-line="sakhalin-50n"]').count(), 1, 'the 50th parallel is a border in 1939');
  await events.locator('[data-event="1939-battles-of-khalkhin-gol-begin"]').hover();
  assert.ok(await page.locator('.unit.highlighted').count() > 0, 'hovering an event highlights its units');
  await page.screenshot({ path: `${OUTPUT}atlas-1939.png` });
  await slider(page).fill('1950');
  assert.equal(await page.locator('svg.map-overlay [data-line="sakhalin-50n"]').count(), 0);
  assert.equal(await page.locator('[data-site="khalkhin-gol"]').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('1946: the Soviet Union holds the Kurils and the history says why', async () => {
  const { page, problems } = await open('#year=1946&unit=kunashir');
  for (const unit of ['kunashir', 'iturup', 'shikotan', 'habomai', 'kurils-north', 'sakhalin-south']) {
    assert.equal(await holderOf(page, unit), 'soviet-union', unit);
  }
  assert.equal(await holderOf(page, 'hokkaido'), 'allied-occupation-japan');
  await page.screenshot({ path: `${OUTPUT}atlas-1946.png` });
  assert.deepEqual(problems, []);
  await page.close();
});

test('data that fails to load gives a clear message, not a blank page', async () => {
  for (const [body, status, expected] of [
    ['server error', 500, /atlas\.bin.*500/],
    ['{"not": "a bundle"}', 200, /atlas\.bin/],
  ]) {
    const page = await atlas.browser.newPage();
    await page.route('**/data/atlas.bin', (route) => route.fulfill({ status, body, contentType: 'application/octet-stream' }));
    await page.goto(atlas.server.url);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20000 });
    assert.match(await alert.textContent(), expected);
    await page.close();
  }
});

test('sweeping the slider from 1850 to today shows the whole record', async () => {
  const { page, problems } = await open('#year=1850');
  await slider(page).focus();
  const max = Number(await slider(page).getAttribute('max'));
  const events = new Set();
  const eventYears = new Set();
  const sites = new Set();
  const holders = new Set();
  const lineYears = new Map();
  for (let year = 1850; year <= max; year++) {
    const seen = await page.evaluate(() => ({
      year: Number(document.querySelector('input[type=range]').value),
      events: [...document.querySelectorAll('[data-event]')].map((e) => e.dataset.event),
      sites: [...document.querySelectorAll('[data-site]')].map((e) => e.dataset.site),
      holders: [...document.querySelectorAll('[data-holder]')].map((e) => e.dataset.holder),
      lines: [...document.querySelectorAll('[data-line]')].map((e) => e.dataset.line),
    }));
    assert.equal(seen.year, year);
    // The events list follows once the slider rests.
    await page.waitForFunction((y) => document.querySelector('.events h2')?.textContent.includes(String(y)), year);
    seen.events = await page.evaluate(() => [...document.querySelectorAll('[data-event]')].map((e) => e.dataset.event));
    seen.events.forEach((e) => events.add(e));
    if (seen.events.length) eventYears.add(year);
    seen.sites.forEach((s) => sites.add(s));
    seen.holders.forEach((h) => holders.add(h));
    for (const line of seen.lines) lineYears.set(line, [...(lineYears.get(line) ?? []), year]);
    await page.keyboard.press('ArrowRight');
  }
  assert.ok(events.size >= 120, `${events.size} distinct events`);
  assert.ok(eventYears.size >= 70, `events in ${eventYears.size} years`);
  assert.ok(sites.size >= 30, `${sites.size} sites`);
  for (const polity of ['japan', 'russian-empire', 'far-eastern-republic', 'soviet-russia', 'soviet-union', 'russia', 'joint-russia-japan',
    'qing', 'china-roc', 'manchukuo', 'china-prc', 'korea', 'north-korea', 'south-korea', 'mongolia']) {
    assert.ok(holders.has(polity), `${polity} appears on the map`);
  }
  const span = (id) => { const ys = lineYears.get(id) ?? []; return [Math.min(...ys), Math.max(...ys)]; };
  assert.deepEqual(span('iturup-urup-1855'), [1855, 1874]);
  assert.deepEqual(span('sakhalin-50n'), [1905, 1944]);
  assert.deepEqual(span('korea-38n'), [1945, 1949]);
  assert.deepEqual(span('kushiro-rumoi-1945'), [1945, 1945]);
  assert.deepEqual(problems, []);
  await page.close();
});
