// End-to-end tests of "time and place tell the story" (issue 11, part 5):
// the current event is marked, scrolled to and captioned; a site marker
// opens its event; search brings its result into view and ranks a battle
// first for a battle's name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OUTPUT, hash, rested, slider, useAtlas } from './harness.mjs';

const atlas = useAtlas();
const open = atlas.open;

/** Whether `box` lies wholly inside `frame` (one pixel of slack for rounding). */
const inside = (box, frame) => box.x >= frame.x - 1 && box.y >= frame.y - 1
  && box.x + box.width <= frame.x + frame.width + 1 && box.y + box.height <= frame.y + frame.height + 1;

test('after Next event the current event is marked, in view, captioned and its units outlined', async () => {
  const { page, problems } = await open('#year=1945&date=1945-08-31');
  await page.getByRole('button', { name: 'Next event' }).click();
  assert.match(await hash(page), /date=1945-09-01/);
  const current = page.locator('.event-list [aria-current="true"]');
  await current.waitFor();
  assert.equal(await current.count(), 1, 'exactly one event is current');
  assert.match(await current.textContent(), /Kunashir/);
  // Scrolled into view: the browser says it intersects the viewport.
  await page.waitForFunction(() => {
    const r = document.querySelector('.event-list [aria-current="true"]').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }, null, { timeout: 5000 });
  const caption = page.locator('.map-caption');
  assert.match(await caption.textContent(), /^Current event: 1 Sep 1945 — Kunashir and Shikotan occupied$/);
  assert.equal(await page.locator('.map-caption-region').getAttribute('role'), 'status', 'announced');
  assert.equal(await caption.locator('[lang]').count(), 0, 'in English the title needs no lang mark');
  assert.equal(await page.locator('[data-unit="kunashir"]').getAttribute('class').then((c) => /highlighted/.test(c)), true, 'its units are outlined');
  // One line, inside the map frame.
  const frame = await page.locator('.map-frame').boundingBox();
  const line = await caption.boundingBox();
  assert.ok(inside(line, frame) && line.height < 40, `caption ${JSON.stringify(line)} in ${JSON.stringify(frame)}`);
  await page.screenshot({ path: `${OUTPUT}current-event-1945-09-01.png` });
  // Moving the year lets the event go.
  await page.getByRole('button', { name: 'One year forward' }).click();
  await rested(page);
  assert.equal(await page.locator('.map-caption').count(), 0);
  assert.equal(await page.locator('[aria-current="true"]').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('in Japanese the caption frames the English title with lang="en"', async () => {
  const { page, problems } = await open('#year=1945&date=1945-08-31&lang=ja');
  await page.locator('.time-controls .event-nav').nth(1).click();
  const caption = page.locator('.map-caption');
  await caption.waitFor();
  assert.equal(await caption.locator('[lang="en"]').count(), 1);
  assert.match(await caption.textContent(), /現在の出来事/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('clicking a site marker opens its event, and so does Enter on it', async () => {
  const { page, problems } = await open('#year=1939');
  const marker = page.locator('[data-site="khalkhin-gol"]');
  await marker.locator('circle').click();
  assert.match(await hash(page), /date=1939-/);
  const current = page.locator('.event-list [aria-current="true"]');
  await current.waitFor();
  assert.match(await current.getAttribute('data-event'), /1939/);
  assert.match(await page.locator('.map-caption').textContent(), /1939/);
  // Keyboard: from another year the marker of a highlighted event still opens it.
  await page.getByRole('button', { name: 'One year forward' }).click();
  await rested(page);
  await page.goto(atlas.server.url + '#year=1938');
  await page.locator('[data-site="lake-khasan"]').focus();
  await page.keyboard.press('Enter');
  assert.match(await hash(page), /date=1938-/);
  await page.locator('.event-list [aria-current="true"]').waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test('a click on a small unit beside its site marker still opens the unit', async () => {
  const { page, problems } = await open('#year=1945');
  const marker = await page.locator('[data-site="shumshu"] circle').boundingBox();
  const unit = await page.locator('[data-unit="kurils-north"]').boundingBox();
  // A point of the unit a few pixels off the marker's circle.
  const clicked = await page.evaluate(({ marker, unit }) => {
    for (let dx = -12; dx <= 12; dx += 2) for (let dy = -12; dy <= 12; dy += 2) {
      const x = marker.x + marker.width / 2 + dx;
      const y = marker.y + marker.height / 2 + dy;
      if (Math.hypot(dx, dy) < marker.width) continue;
      const el = document.elementFromPoint(x, y);
      if (el?.dataset?.unit === 'kurils-north') { el.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y })); return true; }
    }
    return false;
  }, { marker, unit });
  assert.ok(clicked, 'the unit shows around the marker');
  await page.getByRole('region', { name: /history/ }).waitFor();
  assert.match(await hash(page), /unit=kurils-north/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('search "Port Arthur" brings Kwantung into view and keeps a year the name was in use', async () => {
  const { page, problems } = await open('#year=2000');
  await page.locator('input[type=search]').fill('Port Arthur');
  await page.locator('[data-hit-kind="place"][data-hit-id="port-arthur"]').click();
  assert.match(await hash(page), /unit=kwantung/);
  assert.equal(await slider(page).inputValue(), '1954', 'the name was in use until 1955');
  const frame = await page.locator('svg.map[role=group]').boundingBox();
  const unit = await page.locator('[data-unit="kwantung"]').boundingBox();
  assert.ok(inside(unit, frame), `Kwantung ${JSON.stringify(unit)} inside the map ${JSON.stringify(frame)}`);
  assert.ok(unit.width > frame.width * 0.2 || unit.height > frame.height * 0.2, `Kwantung spans a good share: ${unit.width}×${unit.height} of ${frame.width}×${frame.height}`);
  assert.ok(await page.locator('.places').textContent().then((t) => /Port Arthur/.test(t)), 'labelled under the name searched for');
  assert.deepEqual(problems, []);
  await page.close();
});

test('search "Nomonhan" ranks the battle of 1939 first', async () => {
  const { page, problems } = await open('#year=1945');
  await page.locator('input[type=search]').fill('Nomonhan');
  const first = page.getByRole('option').first();
  assert.equal(await first.getAttribute('data-hit-id'), 'khalkhin-gol');
  await page.locator('input[type=search]').press('Enter');
  assert.equal(await slider(page).inputValue(), '1939');
  await page.locator('.event-list .pinned').waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test('keyboard: the map is one Tab stop, arrows move between units, Enter opens the history, + zooms', async () => {
  const { page, problems } = await open('#year=1945');
  // From the page's start, Tab reaches the slider in a few stops, the map among them once.
  const stops = [];
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      return { inMap: el.closest('svg') !== null, slider: el.type === 'range', unit: el.dataset?.unit ?? null };
    });
    stops.push(stop);
    if (stop.slider) break;
  }
  assert.ok(stops.at(-1).slider, `the slider is reached: ${JSON.stringify(stops)}`);
  assert.ok(stops.length <= 8, `${stops.length} stops to the slider`);
  assert.equal(stops.filter((s) => s.inMap).length, 1, 'the map is one stop');
  // Into the map, then arrows.
  const inMap = () => page.evaluate(() => document.activeElement.closest('svg') !== null);
  for (let i = 0; i < stops.length && !(await inMap()); i++) await page.keyboard.press('Shift+Tab');
  assert.ok(await inMap(), 'Shift+Tab goes back into the map');
  const focused = () => page.evaluate(() => document.activeElement.dataset.unit ?? document.activeElement.dataset.site ?? null);
  await page.locator('[data-unit="kunashir"]').focus();
  assert.equal(await page.locator('.focus-label').textContent(), 'Kunashir', 'the focused unit is named');
  const seen = new Set(['kunashir']);
  for (const key of ['ArrowUp', 'ArrowRight', 'ArrowLeft', 'ArrowDown']) {
    const before = await focused();
    await page.keyboard.press(key);
    const after = await focused();
    assert.notEqual(after, null, `${key} keeps the focus on the map`);
    if (after !== before) seen.add(after);
  }
  assert.ok(seen.size >= 3, `arrows reached ${[...seen]}`);
  assert.equal(await page.locator('svg [tabindex="0"]').count(), 1, 'still one stop, where the focus is');
  // The label names the unit the arrows reached (a pin names its site).
  assert.ok((await page.locator('.focus-label').textContent()).length > 2);
  await page.screenshot({ path: `${OUTPUT}keyboard-focus-1945.png` });
  // Zoomed in, an arrow that leads off the view brings the view along.
  await page.locator('[data-unit="sakhalin-south"]').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('+');
  // Up the island, past the year's pins (the Toro landing) to the north.
  for (let i = 0; i < 4 && (await focused()) !== 'sakhalin-north'; i++) await page.keyboard.press('ArrowUp');
  assert.equal(await focused(), 'sakhalin-north');
  const frame = await page.locator('svg.map[role=group]').boundingBox();
  const label = await page.locator('.focus-label').boundingBox();
  assert.ok(inside(label, frame), `the focused unit's name is in view: ${JSON.stringify(label)}`);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await page.locator('[data-unit="iturup"]').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: /history/ }).waitFor();
  assert.match(await hash(page), /unit=iturup/);
  const width = async () => Number((await page.locator('svg.map[role=group]').getAttribute('viewBox')).split(' ')[2]);
  const full = await width();
  await page.locator('[data-unit="iturup"]').focus();
  await page.keyboard.press('+');
  await page.waitForFunction((full) => Number(document.querySelector('svg.map').getAttribute('viewBox').split(' ')[2]) < full, full, { timeout: 5000 });
  await page.keyboard.press('-');
  await page.waitForFunction((full) => Math.abs(Number(document.querySelector('svg.map').getAttribute('viewBox').split(' ')[2]) - full) < 1, full, { timeout: 5000 });
  assert.deepEqual(problems, []);
  await page.close();
});
