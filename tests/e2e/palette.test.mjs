// End-to-end check of the palette as the page draws it (issue 11, part 3):
// every pair of units that meet on screen and are held by different
// polities, at the end of every year from 1850 to today, and every pair of
// holders one unit passes between, are told apart for normal vision and
// under simulated deuteranopia, protanopia and tritanopia.
//
// The native rule (tools/atlas-build/src/colour_rules.rs) checks the record;
// this test checks the fills the page actually paints, with an independent
// implementation of the same science: culori's CIEDE2000 and its Machado,
// Oliveira & Fernandes (2009) simulations at severity 1, the model and the
// thresholds the native rule uses (ΔE00 10 for normal vision, 6 under each
// simulation).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse,
} from 'culori';
import { useAtlas } from './harness.mjs';

const atlas = useAtlas();

const VISIONS = [
  ['normal vision', (c) => c, 10],
  ['deuteranopia', filterDeficiencyDeuter(1), 6],
  ['protanopia', filterDeficiencyProt(1), 6],
  ['tritanopia', filterDeficiencyTrit(1), 6],
];
const deltaE = differenceCiede2000();

/** The visions under which two fills are too close, with their ΔE00. */
function tooClose(fillA, fillB) {
  const [a, b] = [parse(fillA), parse(fillB)];
  return VISIONS.flatMap(([name, seen, least]) => {
    const d = deltaE(seen(a), seen(b));
    return d < least ? [`${name}: ΔE00 ${d.toFixed(1)} < ${least}`] : [];
  });
}

test('culori agrees with the native colour science on a pair deuteranopes confuse', () => {
  // The doc example of `Colour::difference`: red and green merge.
  const [red, green] = [parse('#d62728'), parse('#2ca02c')];
  assert.ok(deltaE(red, green) > 40);
  const deut = filterDeficiencyDeuter(1);
  assert.ok(deltaE(deut(red), deut(green)) < deltaE(red, green) / 2);
});

test('every meeting pair of holders and every change of holder is told apart in every vision, 1850 to today', async () => {
  const { page, problems } = await atlas.open('#year=1850', { viewport: { width: 1440, height: 900 } });
  await page.waitForFunction(() => window.__atlasRested());
  // Units meet where their drawn outlines come within 6 px on screen (about
  // 35 km at this view: inside the 75 km the native rule counts as meeting,
  // across La Pérouse and the Kuril straits).
  const meeting = await page.evaluate(() => {
    const shapes = [...document.querySelectorAll('svg.map path.unit[data-unit]')];
    const outlines = shapes.map((shape) => {
      const matrix = shape.getScreenCTM();
      const length = shape.getTotalLength();
      const points = [];
      for (let at = 0; at <= length; at += Math.max(length / 4000, 0.5)) {
        const p = shape.getPointAtLength(at).matrixTransform(matrix);
        points.push([p.x, p.y]);
      }
      return { id: shape.dataset.unit, points };
    });
    const pairs = [];
    for (let i = 0; i < outlines.length; i += 1) {
      for (let j = i + 1; j < outlines.length; j += 1) {
        const near = outlines[i].points.some(([x, y]) => outlines[j].points.some(([u, v]) => Math.abs(x - u) <= 6 && Math.abs(y - v) <= 6));
        if (near) pairs.push([outlines[i].id, outlines[j].id]);
      }
    }
    return pairs;
  });
  // The pairs the atlas is about must be among them.
  const has = (a, b) => meeting.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
  for (const [a, b] of [['sakhalin-south', 'sakhalin-north'], ['kunashir', 'iturup'], ['korea-north', 'manchuria']]) {
    assert.ok(has(a, b), `${a} and ${b} meet: ${JSON.stringify(meeting)}`);
  }
  const failures = new Set();
  const previous = new Map();
  const thisYear = new Date().getFullYear();
  for (let year = 1850; year <= Math.max(2026, thisYear); year += 1) {
    await page.evaluate((y) => { location.hash = `#year=${y}`; }, year);
    await page.waitForFunction((y) => window.__atlasRested() && document.querySelector('input[type=range]').value === String(y), year);
    const fills = Object.fromEntries(await page.$$eval('svg.map path.unit[data-unit]', (shapes) =>
      shapes.map((s) => [s.dataset.unit, { holder: s.dataset.holder, fill: s.getAttribute('fill') }])));
    for (const [a, b] of meeting) {
      const [x, y] = [fills[a], fills[b]];
      if (!x || !y || x.holder === y.holder) continue;
      for (const why of tooClose(x.fill, y.fill)) failures.add(`${year}: ${a} (${x.holder}) beside ${b} (${y.holder}): ${why}`);
    }
    for (const [unit, now] of Object.entries(fills)) {
      const before = previous.get(unit);
      if (before && before.holder !== now.holder) {
        for (const why of tooClose(before.fill, now.fill)) failures.add(`${year}: ${unit} passes from ${before.holder} to ${now.holder}: ${why}`);
      }
      previous.set(unit, now);
    }
  }
  assert.deepEqual([...failures], []);
  assert.deepEqual(problems, []);
  await page.close();
});
