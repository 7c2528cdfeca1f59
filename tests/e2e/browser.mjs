// Launches Debian's Chromium through playwright-core, with the flags this
// closed network needs (no background connections, no first-run work).
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}

/**
 * Opens a page that records console errors, page errors and off-origin
 * requests; `init` scripts run in the page before any of its own.
 */
export async function openPage(browser, url, { viewport = { width: 1280, height: 860 }, init = [] } = {}) {
  const page = await browser.newPage({ viewport });
  for (const script of [init].flat()) await page.addInitScript(script);
  const problems = [];
  const origin = new URL(url).origin;
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.push(`off-origin request: ${u}`);
  });
  await page.goto(url);
  return { page, problems };
}
