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
  atlas.open = async (hash = '', options = {}) => {
    const init = [WATCH_TIMERS, ...[options.init ?? []].flat()];
    const opened = await openPage(atlas.browser, atlas.server.url + hash, { ...options, init });
    // The controls and panels follow the map by a frame: wait for them too.
    await opened.page.waitForSelector('.atlas[data-complete]', { timeout: 20000 });
    return opened;
  };
  return atlas;
}

/**
 * An init script (`page.addInitScript(WATCH_TIMERS)`, which `atlas.open`
 * does) that lets a test wait until the atlas has rested instead of for a
 * fixed time. The atlas defers work to timers: once the slider or any view
 * change rests for 120 ms it writes the URL hash and moves the events list
 * and the announcement to the year; after a hash change it puts its own
 * hash back (0 ms); a long render yields to the browser (0 ms); the first
 * frame has a 200 ms fallback. The script counts the page's pending
 * timeouts due within a second (longer ones, such as revoking a download's
 * URL after 10 s, are not the atlas settling) and its running intervals
 * (Play), and notes a hash change the page has not yet been told of.
 * `window.__atlasRested()` is true when the atlas is drawn in full and
 * none of its timeouts or hash changes is pending; a running interval does
 * not count, so a playing atlas rests between its steps.
 */
export const WATCH_TIMERS = () => {
  const timeouts = new Set();
  const intervals = new Set();
  const { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stop } = window;
  window.setTimeout = function (handler, delay, ...args) {
    if (typeof handler !== 'function' || !(Number(delay ?? 0) < 1000)) return set.call(window, handler, delay, ...args);
    const id = set.call(window, function (...given) {
      timeouts.delete(id);
      return handler.apply(this, given);
    }, delay, ...args);
    timeouts.add(id);
    return id;
  };
  window.clearTimeout = (id) => { timeouts.delete(id); clear.call(window, id); };
  window.setInterval = function (...args) {
    const id = every.apply(window, args);
    intervals.add(id);
    return id;
  };
  window.clearInterval = (id) => { intervals.delete(id); stop.call(window, id); };
  // A hash set by navigation is in `location` at once, but the page hears
  // of it (`hashchange`) in a later task; until then the atlas has not
  // answered it. The page's own writes (replaceState) need no answer.
  let heard = location.hash;
  addEventListener('hashchange', () => { heard = location.hash; });
  for (const name of ['pushState', 'replaceState']) {
    const original = History.prototype[name];
    History.prototype[name] = function (...args) {
      const result = original.apply(this, args);
      heard = location.hash;
      return result;
    };
  }
  window.__atlasTimers = { timeouts: () => timeouts.size, intervals: () => intervals.size };
  window.__atlasRested = () => timeouts.size === 0 && location.hash === heard && document.querySelector('.atlas[data-complete]') !== null;
};

/** Fails clearly where `page` was opened without `WATCH_TIMERS`. */
export async function assertWatched(page) {
  if (!(await page.evaluate(() => typeof window.__atlasRested === 'function'))) {
    throw new Error('the page lacks the WATCH_TIMERS init script: open it with atlas.open, or add the script before it loads');
  }
}

/**
 * Waits until the atlas has rested (see `WATCH_TIMERS`): every change it
 * defers, to the URL hash, the events list or the announcement, is made.
 */
export async function rested(page, { timeout = 10000 } = {}) {
  await assertWatched(page);
  await page.waitForFunction(() => window.__atlasRested(), null, { timeout });
}

/** The URL hash once the atlas has rested, so has written it for the view it shows. */
export async function hash(page, { timeout = 10000 } = {}) {
  await assertWatched(page);
  // Read in the same poll as the check, so that nothing comes between.
  const read = await page.waitForFunction(() => window.__atlasRested() && { hash: location.hash }, null, { timeout });
  return (await read.jsonValue()).hash;
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
    return execFileSync('cargo', ['run', '--quiet', '-p', 'atlas-build', '--bin', 'atlas-check', '--', '--print-bundle', dir], { cwd: root, maxBuffer: 1 << 26 });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
