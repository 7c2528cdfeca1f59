// End-to-end tests of the map's names (issue 11, part 4): at the default
// view on a desktop and on a phone, in the years of the reports, no two
// names drawn in view overlap, none is under 11 px on screen, the seas are
// named, and zooming in names more towns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OUTPUT, WATCH_TIMERS, rested, useAtlas } from './harness.mjs';

const atlas = useAtlas();

const DESKTOP = { viewport: { width: 1440, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** Opens the atlas at `hash` in a page of `device` and waits for its names. */
async function openOn(device, hash) {
  const context = await atlas.browser.newContext(device);
  await context.addInitScript(WATCH_TIMERS);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(atlas.server.url + hash);
  await page.waitForSelector('.atlas[data-complete]', { timeout: 20000 });
  await page.waitForSelector('.unit-labels text');
  await rested(page);
  return { page, context, problems };
}

/**
 * Every name drawn (unit, sea or town, and each town's dot) with its box on
 * screen, the rendered font size in px (the font-size attribute times the
 * SVG's scale on screen), what it names and whether it is in the map's frame.
 */
const namesOf = (page) => page.evaluate(() => {
  const frame = document.querySelector('svg.map[role=group]').getBoundingClientRect();
  const inView = (r) => r.right > frame.left && r.left < frame.right && r.bottom > frame.top && r.top < frame.bottom;
  const box = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const out = [];
  for (const [kind, selector] of [['unit', '.unit-labels text'], ['water', '.water-labels text'], ['place', '.places text']]) {
    for (const el of document.querySelectorAll(selector)) {
      const r = el.getBoundingClientRect();
      const owner = el.closest('[data-label]').getAttribute('data-label');
      const px = Number(el.getAttribute('font-size')) * el.getScreenCTM().a;
      out.push({ kind, owner, text: el.textContent, px, box: box(r), inView: inView(r) });
      const dot = kind === 'place' ? el.parentNode.querySelector('circle').getBoundingClientRect() : null;
      if (dot) out.push({ kind: 'dot', owner, text: `dot of ${el.textContent}`, px: Infinity, box: box(dot), inView: inView(dot) });
    }
  }
  return out;
});

/** The pairs of names in view whose boxes overlap by more than half a pixel. */
function overlapping(names) {
  const shown = names.filter((n) => n.inView);
  const pairs = [];
  for (let i = 0; i < shown.length; i += 1) {
    for (let j = i + 1; j < shown.length; j += 1) {
      const [a, b] = [shown[i], shown[j]];
      if (a.owner === b.owner) continue;
      const dx = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const dy = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (dx > 0.5 && dy > 0.5) pairs.push(`'${a.text}' × '${b.text}' (${dx.toFixed(1)}×${dy.toFixed(1)} px)`);
    }
  }
  return pairs;
}

for (const [device, name, seas] of [
  // The Yellow Sea lies by the key in the map's corner and yields to it in some years.
  [DESKTOP, '1440x900', ['okhotsk', 'sea-of-japan', 'pacific']],
  [PHONE, '390x844', ['okhotsk']],
]) {
  test(`${name}: at the default view no names overlap, none is under 11 px, and the seas are named`, async () => {
    for (const year of [1855, 1905, 1945, 2020]) {
      for (const lang of ['', '&lang=ja', '&lang=ru']) {
        const { page, context, problems } = await openOn(device, `#year=${year}${lang}`);
        const names = await namesOf(page);
        const where = `${name} ${year}${lang}`;
        assert.deepEqual(overlapping(names), [], `${where}: no two names overlap`);
        // No name is cut by the frame's edge (the phone's home view crops the map).
        const frame = await page.locator('svg.map[role=group]').boundingBox();
        const cut = names.filter((n) => n.kind !== 'dot' && n.inView
          && (n.box.left < frame.x - 0.5 || n.box.right > frame.x + frame.width + 0.5 || n.box.top < frame.y - 0.5 || n.box.bottom > frame.y + frame.height + 0.5));
        assert.deepEqual(cut.map((n) => n.text), [], `${where}: names wholly in the frame`);
        // Nor under the zoom buttons, the key over the map or the inset.
        const over = [await page.locator('.zoom-controls').boundingBox(), await page.locator('section.legend').boundingBox(),
          await page.locator('svg.inset').boundingBox()].filter(Boolean);
        const under = names.filter((n) => n.kind !== 'dot' && over.some((o) => n.box.right > o.x + 0.5 && n.box.left < o.x + o.width - 0.5 && n.box.bottom > o.y + 0.5 && n.box.top < o.y + o.height - 0.5));
        assert.deepEqual(under.map((n) => n.text), [], `${where}: no name under the zoom buttons, the key or the inset`);
        for (const n of names.filter((n) => n.kind !== 'dot')) assert.ok(n.px >= 10.99, `${where}: '${n.text}' is ${n.px.toFixed(2)} px`);
        const waters = names.filter((n) => n.kind === 'water' && n.inView).map((n) => n.owner);
        for (const sea of seas) assert.ok(waters.includes(sea), `${where}: ${sea} is named (named: ${waters})`);
        assert.ok(waters.length >= 2, `${where}: ${waters.length} seas named`);
        assert.ok(names.some((n) => n.kind === 'unit' && n.owner === 'hokkaido'), `${where}: Hokkaido is labelled`);
        if (lang === '' && year !== 1855) {
          await page.screenshot({ path: `${OUTPUT}labels-${year}-${name}.png` });
        }
        assert.deepEqual(problems, []);
        await context.close();
      }
    }
  });
}

/**
 * Zooms in three steps (×3.4) around a unit with the keyboard, and
 * returns the towns named in view before and after.
 */
async function townsAround(device, hash, unit) {
  const { page, context, problems } = await openOn(device, hash);
  const towns = async () => (await namesOf(page)).filter((n) => n.kind === 'place' && n.inView).map((n) => n.owner);
  const before = await towns();
  await page.locator(`svg.map [data-unit="${unit}"]`).focus();
  const scale = () => page.evaluate(() => document.querySelector('svg.map[role=group]').getScreenCTM().a);
  const start = await scale();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('+');
  await page.waitForFunction((s) => document.querySelector('svg.map[role=group]').getScreenCTM().a > s * 3, start);
  await rested(page);
  const after = await towns();
  const names = await namesOf(page);
  return { page, context, problems, before, after, names };
}

for (const [device, name] of [[DESKTOP, '1440x900'], [PHONE, '390x844']]) {
  test(`${name}: zooming in on Hokkaido and on Sakhalin names more towns, still clear of each other and 11 px or more`, async () => {
    for (const [hash, unit, expected] of [
      ['#year=2020', 'hokkaido', device === DESKTOP ? ['nemuro', 'sapporo'] : ['nemuro']],
      ['#year=1939', 'sakhalin-south', ['yuzhno-sakhalinsk', 'kholmsk']],
    ]) {
      const { page, context, problems, before, after, names } = await townsAround(device, hash, unit);
      const fresh = after.filter((t) => !before.includes(t));
      assert.ok(fresh.length > 0, `${name} ${hash} around ${unit}: new towns after zooming in (${before} → ${after})`);
      for (const town of expected) assert.ok(after.includes(town), `${name} ${hash}: ${town} is named zoomed in (${after})`);
      assert.deepEqual(overlapping(names), [], `${name} ${hash} zoomed: no two names overlap`);
      for (const n of names.filter((n) => n.kind !== 'dot')) assert.ok(n.px >= 10.99, `'${n.text}' is ${n.px.toFixed(2)} px`);
      await page.screenshot({ path: `${OUTPUT}labels-zoomed-${unit}-${name}.png` });
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}

test('the straits are named as the reader zooms in: La Pérouse and the Nemuro Strait around Hokkaido', async () => {
  const { page, context, problems, names } = await townsAround(DESKTOP, '#year=2020', 'hokkaido');
  const waters = names.filter((n) => n.kind === 'water' && n.inView).map((n) => n.owner);
  for (const strait of ['la-perouse', 'nemuro']) assert.ok(waters.includes(strait), `${strait} is named (${waters})`);
  const perouse = names.find((n) => n.owner === 'la-perouse');
  assert.match(perouse.text, /La Pérouse/);
  assert.deepEqual(problems, []);
  await context.close();
  void page;
});
