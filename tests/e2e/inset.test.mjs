// End-to-end tests of issue 11's map furniture: the inset of the southern
// Kurils (its units reachable by click and tap, coloured as the main map,
// named, clear of the key and of the islands themselves), the scale bar
// (its kilometres against a known distance), the border rivers (drawn and
// named) and the map filling its frame on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { OUTPUT, hash, rested, useAtlas } from './harness.mjs';

const atlas = useAtlas();
const KURILS = ['kunashir', 'iturup', 'shikotan', 'habomai'];
const places = JSON.parse(await readFile(new URL('../../geo/data/places.json', import.meta.url), 'utf8'));

/** The great-circle distance in km (sphere of 6371 km), the oracle for the scale bar. */
function greatCircleKm([lon1, lat1], [lon2, lat2]) {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2
    + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/**
 * For each inset unit, samples `elementFromPoint` on a one-pixel grid of
 * ±`reach` px around the centre of its drawn shape in the inset and
 * returns the extent of the points that open it.
 */
const insetReach = (page, reach) => page.evaluate(([ids, reach]) => Object.fromEntries(ids.map((id) => {
  const shape = document.querySelector(`svg.inset path[data-inset-unit="${id}"]`);
  const r = shape.getBoundingClientRect();
  const index = shape.getAttribute('data-inset-unit-index');
  const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
  let x0 = Infinity; let x1 = -Infinity; let y0 = Infinity; let y1 = -Infinity; let count = 0;
  for (let dx = -reach; dx <= reach; dx += 1) {
    for (let dy = -reach; dy <= reach; dy += 1) {
      const el = document.elementFromPoint(cx + dx, cy + dy);
      if (el?.closest('[data-inset-unit-index]')?.getAttribute('data-inset-unit-index') === index) {
        count += 1; x0 = Math.min(x0, dx); x1 = Math.max(x1, dx); y0 = Math.min(y0, dy); y1 = Math.max(y1, dy);
      }
    }
  }
  return [id, { width: x1 - x0 + 1, height: y1 - y0 + 1, count, drawn: [r.width, r.height] }];
})), [KURILS, reach]);

const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** What the inset must be at any size: labelled, coloured as the main map, covering neither key nor islands. */
async function checkInset(page) {
  const inset = await page.locator('svg.inset').boundingBox();
  assert.ok(inset, 'the inset is shown');
  assert.equal(await page.locator('svg.inset').getAttribute('aria-hidden'), 'true');
  for (const id of KURILS) {
    assert.ok(await page.locator(`svg.inset [data-inset-label="${id}"]`).count() === 1, `${id} is labelled`);
    const [main, copy] = await Promise.all([
      page.locator(`svg.map path.unit[data-unit="${id}"]`).getAttribute('fill'),
      page.locator(`svg.inset path[data-inset-unit="${id}"]`).getAttribute('fill'),
    ]);
    assert.equal(copy, main, `${id} is coloured as on the main map`);
    const island = await page.locator(`svg.map path.unit[data-unit="${id}"]`).boundingBox();
    assert.ok(!overlaps(island, inset), `the inset leaves ${id} on the main map uncovered`);
  }
  const legend = await page.locator('.legend').boundingBox();
  assert.ok(!overlaps(legend, inset), `the inset leaves the key uncovered: ${JSON.stringify({ legend, inset })}`);
  return inset;
}

test('desktop 1440×900: the inset names the four units, hatches claims as the main map does, and each opens from 24 px or more', async () => {
  const { page, problems } = await atlas.open('#year=2020&view=claims', { viewport: { width: 1440, height: 900 } });
  await page.waitForSelector('svg.inset');
  const inset = await checkInset(page);
  assert.equal(await page.locator('svg.inset [data-inset-label="habomai"]').textContent(), 'Habomai');
  // Claimed by Japan in 2020: hatched in the inset as on the main map.
  assert.ok(await page.locator('svg.inset .claim-hatch[fill="url(#inset-hatch-japan)"]').count() >= 4);
  const found = await insetReach(page, 40);
  console.log('desktop inset', JSON.stringify(found));
  for (const id of KURILS) assert.ok(found[id].width >= 24 && found[id].height >= 24, `${id}: ${JSON.stringify(found[id])}`);
  const habomai = await page.locator('svg.inset path[data-inset-unit="habomai"]').boundingBox();
  await page.mouse.click(habomai.x + habomai.width / 2 + 8, habomai.y + habomai.height / 2 + 6);
  assert.match(await hash(page), /unit=habomai/);
  await page.screenshot({ path: `${OUTPUT}inset-desktop.png`, clip: { x: inset.x - 10, y: inset.y - 10, width: inset.width + 20, height: inset.height + 50 } });
  await rested(page);
  assert.deepEqual(problems, []);
  await page.close();
});

test('phone 390×844 with touch: the map fills its frame, the inset is there and every unit in it opens from about 44 px', async () => {
  const context = await atlas.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${atlas.server.url}#year=1945`);
  await page.waitForSelector('.atlas[data-complete]');
  await page.waitForSelector('svg.inset');
  // The land's share of the frame: the drawn map's box (units and context land) inside the frame.
  const fill = () => page.evaluate(() => {
    const frame = document.querySelector('svg.map').getBoundingClientRect();
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const el of document.querySelectorAll('path.unit, path.context-land')) {
      const r = el.getBoundingClientRect();
      [x0, y0, x1, y1] = [Math.min(x0, r.left), Math.min(y0, r.top), Math.max(x1, r.right), Math.max(y1, r.bottom)];
    }
    const w = Math.min(x1, frame.right) - Math.max(x0, frame.left);
    const h = Math.min(y1, frame.bottom) - Math.max(y0, frame.top);
    return (w * h) / (frame.width * frame.height);
  });
  const home = await fill();
  assert.ok(home > 0.97, `the land fills ${home} of the frame`);
  await checkInset(page);
  const found = await insetReach(page, 50);
  console.log('phone inset', JSON.stringify(found), 'fill', home);
  for (const id of KURILS) assert.ok(found[id].width >= 36 && found[id].height >= 36, `${id}: ${JSON.stringify(found[id])}`);
  const habomai = await page.locator('svg.inset path[data-inset-unit="habomai"]').boundingBox();
  await page.touchscreen.tap(habomai.x + habomai.width / 2, habomai.y + habomai.height / 2 + 10);
  await page.waitForFunction(() => /unit=habomai/.test(location.hash));
  // Zoomed in and back by Reset view: home again, the frame still full.
  const viewBox = () => page.locator('svg.map').getAttribute('viewBox');
  const start = await viewBox();
  await page.evaluate(() => document.querySelector('svg.map').dispatchEvent(new WheelEvent('wheel', { deltaY: -300, clientX: 200, clientY: 400, bubbles: true, cancelable: true })));
  await page.waitForFunction((v) => document.querySelector('svg.map').getAttribute('viewBox') !== v, start);
  await page.getByRole('button', { name: 'Reset view' }).tap();
  await page.waitForFunction((v) => document.querySelector('svg.map').getAttribute('viewBox') === v, start);
  assert.ok((await fill()) > 0.97);
  await page.screenshot({ path: `${OUTPUT}inset-phone.png` });
  await context.close();
});

test('the scale bar measures Vladivostok to Khabarovsk as the great circle does, and follows the zoom', async () => {
  const { page, problems } = await atlas.open('#year=2020', { viewport: { width: 1440, height: 900 } });
  const bar = async () => {
    const el = page.locator('svg.scale-bar');
    return { km: Number(await el.getAttribute('data-km')), px: Number(await el.getAttribute('data-px')), label: await el.getAttribute('aria-label') };
  };
  const centre = async (id) => {
    const r = await page.locator(`.place[data-label="${id}"] circle`).boundingBox();
    return [r.x + r.width / 2, r.y + r.height / 2];
  };
  const measure = async () => {
    const { km, px } = await bar();
    const [a, b] = [await centre('vladivostok'), await centre('khabarovsk')];
    return (Math.hypot(a[0] - b[0], a[1] - b[1]) * km) / px;
  };
  const place = (id) => places.find((p) => p.id === id);
  const truth = greatCircleKm([place('vladivostok').lon, place('vladivostok').lat], [place('khabarovsk').lon, place('khabarovsk').lat]);
  const full = await bar();
  assert.match(full.label, new RegExp(`${full.km} km`));
  assert.ok([1, 2, 5].includes(full.km / 10 ** Math.floor(Math.log10(full.km))), `${full.km} km is a round length`);
  const measured = await measure();
  console.log('scale', JSON.stringify(full), 'measured', measured, 'great circle', truth);
  assert.ok(Math.abs(measured - truth) / truth < 0.05, `the bar measures ${measured.toFixed(0)} km of ${truth.toFixed(0)}`);
  // Zoomed in twice around the two cities: a shorter length, the same measure.
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForFunction((km) => Number(document.querySelector('svg.scale-bar').getAttribute('data-km')) < km, full.km);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await page.waitForFunction((km) => Number(document.querySelector('svg.scale-bar').getAttribute('data-km')) === km, full.km);
  await rested(page);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the five border rivers are drawn over the borders and named, in each language', async () => {
  const { page, problems } = await atlas.open('#year=2020', { viewport: { width: 1440, height: 900 } });
  const rivers = { argun: 'Argun', amur: 'Amur', ussuri: 'Ussuri', tumen: 'Tumen', yalu: 'Yalu' };
  for (const [id, name] of Object.entries(rivers)) {
    const line = await page.locator(`path.river[data-river="${id}"]`).boundingBox();
    assert.ok(line && Math.max(line.width, line.height) > 15, `${id} is drawn: ${JSON.stringify(line)}`);
    assert.equal((await page.locator(`[data-river-label="${id}"]`).textContent()).trim(), name);
    const label = await page.locator(`[data-river-label="${id}"]`).boundingBox();
    assert.ok(label && overlaps({ x: label.x - 20, y: label.y - 20, width: label.width + 40, height: label.height + 40 }, line), `${id}'s name is by its course`);
  }
  await page.goto(`${atlas.server.url}#year=2020&lang=ru`);
  await page.waitForFunction(() => document.querySelector('[data-river-label="amur"]')?.textContent.trim() === 'Амур');
  await page.close();
  // On a phone too the names are 11 px or more on screen.
  const phone = await atlas.open('#year=2020', { viewport: { width: 390, height: 844 } });
  await phone.page.waitForFunction(() => window.__atlasRested());
  const sizes = await phone.page.$$eval('text.river-label', (ts) => ts.map((t) => t.getBoundingClientRect().height));
  assert.equal(sizes.length, 5);
  for (const px of sizes) assert.ok(px >= 11, `a river's name is ${px.toFixed(1)} px high on a phone`);
  assert.deepEqual(phone.problems, []);
  await phone.page.close();
  assert.deepEqual(problems, []);
});
