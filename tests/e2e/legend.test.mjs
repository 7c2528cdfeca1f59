// End-to-end tests of the key on the map: the legend overlays the map's
// corner, in view without scrolling at desktop sizes and clear of the
// disputed islands and Sakhalin; it names the claimants in the claims view
// and explains the site symbols; the hatches are visible at the full view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OUTPUT, useAtlas } from './harness.mjs';

const atlas = useAtlas();

const inside = (box, viewport) =>
  box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;
const overlap = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const [width, height] of [[1366, 768], [1920, 1080]]) {
  test(`at ${width}×${height} the legend is on the map, in view, clear of Kunashir and Sakhalin`, async () => {
    const { page, problems } = await atlas.open('#year=1939', { viewport: { width, height } });
    await page.waitForFunction(() => window.__atlasRested());
    const legend = page.locator('section.legend');
    const box = await legend.boundingBox();
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'not scrolled');
    assert.ok(inside(box, { width, height }), `the legend ${JSON.stringify(box)} is in the viewport`);
    const map = await page.locator('svg.map').boundingBox();
    assert.ok(overlap(box, map), 'the legend overlays the map');
    for (const unit of ['kunashir', 'sakhalin-south', 'sakhalin-north']) {
      const u = await page.locator(`[data-unit="${unit}"]`).boundingBox();
      assert.ok(!overlap(box, u), `the legend does not cover ${unit}`);
    }
    // 1939: the 50th parallel and the battle symbol of Khalkhin Gol.
    assert.equal(await legend.locator('[data-legend-line="sakhalin-50n"]').count(), 1);
    assert.match(await legend.locator('[data-legend-site="battle"]').textContent(), /Battle/);
    assert.ok(await legend.locator('li[data-polity]').count() >= 3);
    if (width === 1366) await page.screenshot({ path: `${OUTPUT}legend-1939-1366.png` });
    // The button folds the rows away and back, from the keyboard too.
    const toggle = legend.locator('button.legend-toggle');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.legend-toggle').getAttribute('aria-expanded') === 'false');
    assert.equal(await legend.locator('ul').isVisible(), false);
    assert.equal(await page.locator('#legend-heading').isVisible(), true, 'the heading stays');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('.legend-toggle').getAttribute('aria-expanded') === 'true');
    assert.equal(await legend.locator('ul').isVisible(), true);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('the claims view of 2020 names Japan as claimant and its hatches are several px apart', async () => {
  const { page, problems } = await atlas.open('#year=2020&view=claims', { viewport: { width: 1366, height: 768 } });
  await page.waitForFunction(() => window.__atlasRested() && document.querySelector('.claim-hatch'));
  const row = page.locator('.legend [data-legend-claimant="japan"]');
  assert.equal(await row.count(), 1);
  assert.equal((await row.textContent()).trim(), 'hatched: claimed by Japan');
  // A hatch line's spacing and width on screen, at the full view.
  const hatch = await page.evaluate(() => {
    const path = document.querySelector('.claim-hatch');
    const id = path.getAttribute('fill').match(/#([^)]+)/)[1];
    const pattern = document.getElementById(id);
    const m = pattern.patternTransform.baseVal.consolidate().matrix;
    const scale = Math.hypot(m.a, m.b);
    const screen = path.getScreenCTM().a;
    const period = pattern.width.baseVal.value * scale * screen;
    const stripe = pattern.querySelector('rect').width.baseVal.value * scale * screen;
    return { period, stripe };
  });
  assert.ok(hatch.period >= 5 && hatch.period <= 20, `hatches ${hatch.period.toFixed(2)} px apart`);
  assert.ok(hatch.stripe >= 1.5, `hatch lines ${hatch.stripe.toFixed(2)} px wide`);
  await page.screenshot({ path: `${OUTPUT}legend-claims-2020-1366.png` });
  // Zoomed in, the hatches keep their size on screen.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForFunction(() => window.__atlasRested());
  const zoomed = await page.evaluate(() => {
    const path = document.querySelector('.claim-hatch');
    const pattern = document.getElementById(path.getAttribute('fill').match(/#([^)]+)/)[1]);
    const m = pattern.patternTransform.baseVal.consolidate().matrix;
    return pattern.width.baseVal.value * Math.hypot(m.a, m.b) * path.getScreenCTM().a;
  });
  assert.ok(Math.abs(zoomed - hatch.period) < 1, `zoomed hatches ${zoomed.toFixed(2)} px apart`);
  assert.deepEqual(problems, []);
  await page.close();
});
