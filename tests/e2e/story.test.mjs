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
