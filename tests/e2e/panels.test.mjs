// End-to-end tests of "panels a reader can take in" (issue 11, part 6): the
// history opens on the name, the holder, a timeline that moves the slider,
// control and claims; treaties, events and sources fold to a line each with
// a count; sources read as title and publisher, never ids, paths or the
// workshop's words; on a phone the history is a sheet over the map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { OUTPUT, WATCH_TIMERS, hash, rested, slider, useAtlas } from './harness.mjs';

const atlas = useAtlas();

/** Where the screenshots a reviewer looks at are kept, beside the tests' own. */
const SHOTS = process.env.PANELS_SHOTS ?? OUTPUT;

/** What a reader must never see in a citation. */
const INTERNAL = /P\d+|S\d+\b|geo\/|seed/i;

test('Kunashir at 1440×900: a short history whose folds have counts and open', async () => {
  const { page, problems } = await atlas.open('#year=1946&unit=kunashir', { viewport: { width: 1440, height: 900 } });
  const panel = page.getByRole('region', { name: /history/ });
  await panel.waitFor();
  assert.equal(await panel.locator('h2').textContent(), 'Kunashir');
  assert.match(await panel.locator('.held-now').textContent(), /At the end of 1946: held by Soviet Union/);
  const { height } = await panel.boundingBox();
  assert.ok(height < 1500, `the history is ${height} px tall when opened`);
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/history-kunashir-1440x900.png` });

  const folds = panel.locator('details.fold');
  assert.equal(await folds.count(), 3, 'treaties, events and sources');
  for (let i = 0; i < 3; i++) {
    const fold = folds.nth(i);
    assert.equal(await fold.evaluate((d) => d.open), false, 'closed when the history opens');
    const summary = (await fold.locator('summary').textContent()).trim();
    const [, heading, count] = summary.match(/^(Treaties|Events|Sources) \((\d+)\)$/) ?? [];
    assert.ok(heading, `one line with a count: "${summary}"`);
    assert.equal(await fold.locator('li').count(), Number(count), `${heading}: the count is what the fold holds`);
    assert.ok(Number(count) > 0, `${heading} of Kunashir are not empty`);
    assert.equal(await fold.locator('li').first().isVisible(), false, `${heading} hidden while folded`);
    await fold.locator('summary').click();
    assert.equal(await fold.evaluate((d) => d.open), true);
    assert.ok(await fold.locator('li').first().isVisible(), `${heading} shown once opened`);
  }
  // Kunashir's treaties include Shimoda; its sources read as title and publisher.
  assert.match(await folds.nth(0).textContent(), /Treaty of Shimoda/);
  assert.match(await folds.nth(2).textContent(), /Treaty of Shimoda \(Wikipedia\)/);
  await page.screenshot({ path: `${SHOTS}/history-kunashir-folds-open-1440x900.png` });
  assert.deepEqual(problems, []);
  await page.close();
});

test('a timeline button moves the year slider and the address there', async () => {
  const { page, problems } = await atlas.open('#year=1946&unit=kunashir', { viewport: { width: 1440, height: 900 } });
  const timeline = page.getByRole('list', { name: /Control timeline/ });
  const buttons = timeline.getByRole('button');
  assert.equal(await buttons.count(), 3, 'Japan, the Soviet Union, Russia');
  const russia = timeline.getByRole('button', { name: /^Russia, since 26 Dec 1991: show 1991 on the map$/ });
  await russia.click();
  assert.equal(await slider(page).inputValue(), '1991');
  assert.match(await hash(page), /^#year=1991&unit=kunashir/);
  assert.match(await page.locator('.history .held-now').textContent(), /At the end of 1991: held by Russia/);
  const japan = timeline.getByRole('button', { name: /^Japan, .*: show 1850 on the map$/ });
  await japan.focus();
  await page.keyboard.press('Enter');
  assert.equal(await slider(page).inputValue(), '1850');
  assert.match(await hash(page), /^#year=1850&unit=kunashir/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('no citation anywhere shows an id, a file path or the word seed', async () => {
  const { page, problems } = await atlas.open('#year=1946&unit=kunashir', { viewport: { width: 1440, height: 900 } });
  const units = await page.evaluate(() => [...document.querySelectorAll('svg.map path.unit[data-unit]')].map((p) => p.dataset.unit));
  assert.ok(units.length >= 20, `${units.length} units`);
  const cited = () => page.evaluate(() => [...document.querySelectorAll('.sources, .bibliography li, .citation')].map((e) => e.textContent));
  for (const unit of units) {
    await page.evaluate((u) => { location.hash = `#year=1945&unit=${u}`; }, unit);
    await page.waitForFunction((u) => document.querySelector('.history')?.getAttribute('aria-label')
      && location.hash.includes(`unit=${u}`), unit);
    await rested(page);
    const texts = await cited();
    assert.ok(texts.length > 0, `${unit} cites something`);
    for (const text of texts) assert.doesNotMatch(text, INTERNAL, `${unit}: "${text}"`);
    const panel = await page.locator('.history').textContent();
    assert.doesNotMatch(panel, /geo\/|\.\.\/shared|\bseeds?\b|\bGK\b/i, `${unit}'s history`);
  }
  // The events list cites its sources the same way.
  for (const year of [1855, 1905, 1920, 1945, 1956]) {
    await slider(page).fill(String(year));
    await rested(page);
    const texts = await page.evaluate(() => [...document.querySelectorAll('.events .sources')].map((e) => e.textContent));
    assert.ok(texts.length > 0, `events of ${year} cite sources`);
    for (const text of texts) assert.doesNotMatch(text, INTERNAL, `${year}: "${text}"`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('phone 390×844: a tap opens the history as a sheet over the map, Escape closes it', async () => {
  const context = await atlas.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await context.addInitScript(WATCH_TIMERS);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(atlas.server.url + '#year=1946');
  await page.waitForSelector('.atlas[data-complete]');
  await page.waitForSelector('.unit-hit[data-hit-unit="habomai"]');
  const island = await page.locator('svg.map path.unit[data-unit="kunashir"]').boundingBox();
  await page.touchscreen.tap(island.x + island.width / 2, island.y + island.height / 2);
  const sheet = page.getByRole('dialog', { name: /Kunashir/ });
  await sheet.waitFor();
  assert.equal(await sheet.getAttribute('aria-modal'), 'false', 'the map stays in use beside it');
  const box = await sheet.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 844 + 1 && box.height > 200, `the sheet ${JSON.stringify(box)} is in the viewport`);
  const map = await page.locator('svg.map[role=group]').boundingBox();
  assert.ok(box.y < map.y + map.height, 'over the map, not below it');
  assert.ok(map.y < box.y, 'the top of the map stays in sight');
  assert.ok(island.y + island.height / 2 < box.y, `the island tapped (${island.y + island.height / 2}) stays in sight above the sheet (${box.y})`);
  await page.waitForFunction(() => document.activeElement?.closest('.history.sheet') !== null);
  assert.ok(await sheet.getByRole('button', { name: 'Close' }).isVisible());
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/history-sheet-390x844.png` });
  assert.match(await hash(page), /unit=kunashir/);
  await page.keyboard.press('Escape');
  assert.equal(await page.getByRole('dialog').count(), 0, 'Escape closes the sheet');
  assert.doesNotMatch(await hash(page), /unit=/);
  await page.waitForFunction(() => document.activeElement?.dataset?.unit === 'kunashir');
  // The close button closes it too, and the focus goes back to the map.
  await page.touchscreen.tap(island.x + island.width / 2, island.y + island.height / 2);
  await sheet.waitFor();
  await sheet.getByRole('button', { name: 'Close' }).tap();
  assert.equal(await page.getByRole('dialog').count(), 0);
  await page.waitForFunction(() => document.activeElement?.dataset?.unit === 'kunashir');
  assert.deepEqual(problems, []);
  await context.close();
});
