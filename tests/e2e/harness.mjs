// Shared set-up of the end-to-end tests: one static server for dist/ and one
// Chromium per test file, and the helpers every file uses.
import { before, after } from 'node:test';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    // The controls and panels follow the map by a frame: wait for them too.
    await opened.page.waitForSelector('.atlas[data-complete]', { timeout: 20000 });
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

/**
 * The bundle the build would ship (`data/atlas.bin`) for the committed
 * record with `edit` applied to its JSON files: `edit` receives an object
 * of parsed files by name (`units.json`, …) and changes them in place. The
 * validator checks and packs the edited copy, so an edit the record's
 * rules refuse fails here, not in the page.
 */
export async function packBundle(edit = () => {}) {
  const root = new URL('../../', import.meta.url).pathname;
  const dir = await mkdtemp(join(tmpdir(), 'atlas-bundle-'));
  try {
    const files = {};
    for (const name of await readdir(join(root, 'geo/data'))) {
      const text = await readFile(join(root, 'geo/data', name), 'utf8');
      files[name] = name.endsWith('.json') ? JSON.parse(text) : text;
    }
    edit(files);
    for (const [name, content] of Object.entries(files)) {
      await writeFile(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
    }
    return execFileSync('cargo', ['run', '--quiet', '-p', 'atlas-core', '--bin', 'atlas-check', '--', '--print-bundle', dir], { cwd: root, maxBuffer: 1 << 26 });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
