// Takes the screenshots a reviewer looks at (and the README shows) from
// the release build in dist/: the map at 1440×900 and on a 390×844 phone in
// 1905, 1945 and 2020, the claims view, the southern Kurils inset, Kunashir's
// history, compare, Japanese, and an exported PNG. Run after
// `trunk build --release`: `node scripts/screenshots.mjs [out-dir]`
// (default tests/e2e/output/screens/). Nothing here is a test: the tests
// assert; this is for looking.
import { mkdir, writeFile } from 'node:fs/promises';
import { serve } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const out = process.argv[2] ?? new URL('../tests/e2e/output/screens/', import.meta.url).pathname;
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

const SHOTS = [
  ['desktop-1905', DESKTOP, '#year=1905'],
  ['desktop-1945', DESKTOP, '#year=1945'],
  ['desktop-2020', DESKTOP, '#year=2020'],
  ['phone-1905', PHONE, '#year=1905'],
  ['phone-1945', PHONE, '#year=1945'],
  ['phone-2020', PHONE, '#year=2020'],
  ['desktop-claims-2020', DESKTOP, '#year=2020&view=claims'],
  ['phone-claims-2020', PHONE, '#year=2020&view=claims'],
  ['desktop-kunashir-1946', DESKTOP, '#year=1946&unit=kunashir'],
  ['phone-kunashir-1946', PHONE, '#year=1946&unit=kunashir'],
  ['desktop-compare-1939-1946', DESKTOP, '#year=1946&compare=1939'],
  ['desktop-japanese-1939', DESKTOP, '#year=1939&lang=ja'],
];

await mkdir(out, { recursive: true });
const server = await serve(new URL('../dist', import.meta.url).pathname);
const browser = await launch();
try {
  for (const [name, { isMobile, hasTouch, deviceScaleFactor, ...viewport }, hash] of SHOTS) {
    const context = await browser.newContext({ viewport, isMobile, hasTouch, deviceScaleFactor, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(server.url + hash);
    await page.waitForSelector('.atlas[data-complete]', { timeout: 20000 });
    // The fonts and the last frame.
    await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
    await page.screenshot({ path: `${out}${name}.png` });
    const inset = page.locator('.inset');
    if (name === 'desktop-1945' && (await inset.count()) > 0) await inset.first().screenshot({ path: `${out}inset-1945.png` });
    if (name === 'desktop-kunashir-1946') {
      const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
      await png.saveAs(`${out}export-1946-kunashir.png`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
await writeFile(`${out}README.txt`, `Taken ${new Date().toISOString()} from dist/ by scripts/screenshots.mjs\n`);
console.log(`screenshots in ${out}`);
