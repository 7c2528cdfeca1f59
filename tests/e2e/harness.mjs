// Shared set-up of the end-to-end tests: one static server for dist/ and one
// Chromium per test file, and the helpers every file uses.
import { before, after } from 'node:test';
import { mkdir } from 'node:fs/promises';
import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';

/** Where the tests save their screenshots. */
export const OUTPUT = new URL('./output/', import.meta.url).pathname;

/**
 * Registers the server and browser for the calling test file and returns a
 * handle whose `server` and `browser` are set once `before` has run.
 */
export function useAtlas() {
  const atlas = { server: null, browser: null };
  before(async () => {
    await mkdir(OUTPUT, { recursive: true });
    atlas.server = await serve(new URL('../../dist', import.meta.url).pathname);
    atlas.browser = await launch();
  });
  after(async () => {
    await atlas.browser?.close();
    await atlas.server?.close();
  });
  /** Opens the atlas at `hash` and waits until the map is drawn. */
  atlas.open = async (hash = '', options) => {
    const opened = await openPage(atlas.browser, atlas.server.url + hash, options);
    await opened.page.waitForSelector('[data-unit]', { timeout: 20000 });
    return opened;
  };
  return atlas;
}

/** The URL hash once the atlas has written it (it writes at most every 250 ms). */
export async function hash(page) {
  await page.waitForTimeout(300);
  return page.evaluate(() => location.hash);
}

/** The page's Year slider. */
export const slider = (page) => page.getByRole('slider', { name: /Year/ });
