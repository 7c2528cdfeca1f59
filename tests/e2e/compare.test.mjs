// End-to-end tests of comparing two years: the earlier year's map beside
// the later one, only the changed units outlined, by kind, and the changes
// listed in two groups: land that changed hands between states, and land
// whose state changed its regime.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { OUTPUT, useAtlas } from './harness.mjs';

const atlas = useAtlas();
const SHOTS = OUTPUT;

// End of 1944 against end of 1946, per the record: the Soviet Union took
// southern Sakhalin, the Kurils, Kwantung and northern Korea; China's
// Republic took back Manchukuo's land; the United States held southern
// Korea. Occupied Japan is still Japan: a new regime, not a new state.
const HANDS = ['sakhalin-south', 'kunashir', 'iturup', 'shikotan', 'habomai', 'kurils-north', 'kwantung', 'manchuria', 'jehol', 'korea-north', 'korea-south'];
const REGIME = ['hokkaido', 'japan-home'];
const UNCHANGED = ['sakhalin-north', 'primorye', 'amur', 'lower-amur', 'transbaikal', 'kamchatka', 'outer-mongolia'];

const sorted = (xs) => [...xs].sort();

/** The units of one map bearing each outline, by their data attribute. */
async function outlined(page, attribute) {
  return page.evaluate((attribute) => {
    const by = (kind) => [...document.querySelectorAll(`[${attribute}][data-change="${kind}"]`)].map((el) => el.getAttribute(attribute));
    const none = [...document.querySelectorAll(`[${attribute}]:not([data-change])`)].map((el) => el.getAttribute(attribute));
    return { hands: by('hands'), regime: by('regime'), none };
  }, attribute);
}

for (const { name, viewport, sideBySide } of [
  { name: 'desktop', viewport: { width: 1440, height: 900 }, sideBySide: true },
  { name: 'phone', viewport: { width: 390, height: 844 }, sideBySide: false },
]) {
  test(`${name} ${viewport.width}×${viewport.height}: two maps with their years, only changed units outlined, two groups of changes`, async () => {
    const { page, problems } = await atlas.open('#year=1946&compare=1944', { viewport });
    // Two maps, each labelled with its year.
    const earlier = page.locator('.compare-frame');
    const later = page.locator('.map-stack');
    assert.equal(await earlier.getAttribute('data-map-year'), '1944');
    assert.equal(await later.getAttribute('data-map-year'), '1946');
    assert.equal((await earlier.locator('.map-year').textContent()).trim(), '1944');
    assert.equal((await later.locator('.map-year').textContent()).trim(), '1946');
    assert.equal(await page.getByRole('img', { name: 'Map at the end of 1944, for comparison' }).count(), 1);
    const a = await earlier.locator('svg.compare-map').boundingBox();
    const b = await page.locator('svg.map[role=group]').boundingBox();
    if (sideBySide) {
      assert.ok(a.x + a.width <= b.x + 1 && Math.abs(a.y - b.y) < 2, `side by side: ${JSON.stringify({ a, b })}`);
    } else {
      assert.ok(a.y + a.height <= b.y + 1 && Math.abs(a.x - b.x) < 2, `stacked: ${JSON.stringify({ a, b })}`);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no sideways scroll (${overflow}px)`);
    // The earlier map has its own key: Manchukuo, gone by 1946, is in it.
    assert.equal(await earlier.locator('[data-compare-polity="manchukuo"]').count(), 1);
    assert.equal(await page.locator('.legend [data-polity="manchukuo"]').count(), 0);
    // The earlier map is drawn as it stood at the end of 1944.
    assert.equal(await earlier.locator('[data-compare-unit="kunashir"]').getAttribute('data-holder'), 'japan');
    assert.equal(await page.locator('[data-unit="kunashir"]').getAttribute('data-holder'), 'soviet-union');

    // Only the changed units are outlined, on both maps alike, by kind.
    for (const attribute of ['data-unit', 'data-compare-unit']) {
      const found = await outlined(page, attribute);
      assert.deepEqual(sorted(found.hands), sorted(HANDS), `${attribute}: changed hands`);
      assert.deepEqual(sorted(found.regime), sorted(REGIME), `${attribute}: new regime`);
      assert.deepEqual(sorted(found.none), sorted(UNCHANGED), `${attribute}: unchanged`);
    }
    // As painted: an unchanged unit keeps its thin grey border; the two kinds differ.
    const stroke = (selector) => page.locator(selector).evaluate((el) => {
      const s = getComputedStyle(el);
      return { colour: s.stroke, width: parseFloat(s.strokeWidth), dashed: s.strokeDasharray !== 'none' };
    });
    const plain = await stroke('[data-unit="kamchatka"]');
    const hands = await stroke('[data-unit="kunashir"]');
    const regime = await stroke('[data-unit="hokkaido"]');
    assert.ok(plain.width < 1 && !plain.dashed, `unchanged: ${JSON.stringify(plain)}`);
    assert.ok(hands.width >= 3 && !hands.dashed && hands.colour !== plain.colour, `changed hands: ${JSON.stringify(hands)}`);
    assert.ok(regime.width >= 2 && regime.dashed, `new regime: ${JSON.stringify(regime)}`);
    // The key explains both outlines.
    const key = page.locator('.legend');
    assert.match(await key.locator('[data-legend-outline="hands"]').textContent(), /Changed hands between states/);
    assert.match(await key.locator('[data-legend-outline="regime"]').textContent(), /Same state, new regime/);

    // The list, in two groups with their counts.
    const panel = page.getByRole('region', { name: 'Changes 1944–1946' });
    const group = (kind) => panel.locator(`[data-change-group="${kind}"]`);
    assert.equal((await group('hands').locator('h3').textContent()).trim(), `Changed hands between states (${HANDS.length})`);
    assert.equal((await group('regime').locator('h3').textContent()).trim(), `Same state, new regime (${REGIME.length})`);
    const units = (kind) => group(kind).locator('[data-changed-unit]').evaluateAll((els) => els.map((el) => el.getAttribute('data-changed-unit')));
    assert.deepEqual(sorted(await units('hands')), sorted(HANDS));
    assert.deepEqual(sorted(await units('regime')), sorted(REGIME));
    const kunashir = await group('hands').locator('[data-changed-unit="kunashir"]').textContent();
    assert.match(kunashir, /Kunashir\s*Japan → Soviet Union/);
    const hokkaido = await group('regime').locator('[data-changed-unit="hokkaido"]').textContent();
    assert.match(hokkaido, /Hokkaido\s*Japan → Allied occupation of Japan/);

    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}compare-1944-1946-${viewport.width}x${viewport.height}.png`, fullPage: true });
    await page.screenshot({ path: `${OUTPUT}compare-1944-1946-${viewport.width}x${viewport.height}.png` });
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('the two maps pan and zoom together, from either map', async () => {
  const { page, problems } = await atlas.open('#year=1946&compare=1944', { viewport: { width: 1440, height: 900 } });
  const boxes = () => page.evaluate(() => [document.querySelector('svg.map').getAttribute('viewBox'), document.querySelector('svg.compare-map').getAttribute('viewBox')]);
  const [start] = await boxes();
  const earlier = await page.locator('svg.compare-map').boundingBox();
  await page.mouse.move(earlier.x + earlier.width / 2, earlier.y + earlier.height / 2);
  await page.mouse.wheel(0, -300);
  await page.waitForFunction((start) => document.querySelector('svg.map').getAttribute('viewBox') !== start, start);
  const [zoomedMain, zoomedEarlier] = await boxes();
  assert.equal(zoomedMain, zoomedEarlier, 'the wheel over the earlier map zooms both');
  // A drag on the earlier map pans both.
  await page.mouse.down();
  await page.mouse.move(earlier.x + earlier.width / 2 - 80, earlier.y + earlier.height / 2 + 20, { steps: 4 });
  await page.mouse.up();
  await page.waitForFunction((zoomed) => document.querySelector('svg.map').getAttribute('viewBox') !== zoomed, zoomedMain);
  const [pannedMain, pannedEarlier] = await boxes();
  assert.equal(pannedMain, pannedEarlier, 'a drag on the earlier map pans both');
  // Zooming the main map moves the earlier one with it.
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.waitForFunction((panned) => document.querySelector('svg.compare-map').getAttribute('viewBox') !== panned, pannedMain);
  const [outMain, outEarlier] = await boxes();
  assert.equal(outMain, outEarlier);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the groups read in Japanese and Russian, and an unchanged pair says nothing changed', async () => {
  for (const [lang, hands, regime] of [
    ['ja', `別の国家に移った地域（${HANDS.length}件）`, `同じ国家で体制が変わった地域（${REGIME.length}件）`],
    ['ru', `Перешли к другому государству (${HANDS.length})`, `То же государство, другой режим (${REGIME.length})`],
  ]) {
    const { page, problems } = await atlas.open(`#year=1946&compare=1944&lang=${lang}`);
    assert.equal((await page.locator('[data-change-group="hands"] h3').textContent()).trim(), hands);
    assert.equal((await page.locator('[data-change-group="regime"] h3').textContent()).trim(), regime);
    assert.deepEqual(problems, []);
    await page.close();
  }
  // 1917 against 1923: Russia's land under Soviet rule is a new regime of
  // Russia; northern Sakhalin, occupied by Japan in 1923, changed hands.
  const { page, problems } = await atlas.open('#year=1923&compare=1917');
  const units = (kind) => page.locator(`[data-change-group="${kind}"] [data-changed-unit]`).evaluateAll((els) => els.map((el) => el.getAttribute('data-changed-unit')));
  assert.deepEqual(await units('hands'), ['sakhalin-north']);
  for (const unit of ['kamchatka', 'primorye', 'amur', 'transbaikal']) assert.ok((await units('regime')).includes(unit), unit);
  // A year compared with itself: nothing outlined, one sentence instead of the groups.
  await page.evaluate(() => { location.hash = '#year=1923&compare=1923'; });
  await page.waitForSelector('.changes >> text=Nothing changed between these years');
  assert.equal(await page.locator('[data-unit][data-change], [data-compare-unit][data-change]').count(), 0);
  assert.equal(await page.locator('[data-change-group]').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});
