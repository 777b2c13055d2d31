import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';

/** Debian's Chromium, as the end-to-end tests use it (never `npx playwright install`). */
export const CHROMIUM = process.env.CONVENE_CHROMIUM ?? '/usr/bin/chromium';

/** The flags of the end-to-end tests (test/e2e/playwright.config.ts), plus exact heap figures for the memory benchmark. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-precise-memory-info',
];

export function missingChromium(): string | null {
  return fs.existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM} (apt-get install -y chromium fonts-noto-cjk)`;
}

export interface BenchBrowser {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

/** A headless Chromium with one context set up as the end-to-end tests set theirs (zh-CN, Shanghai). */
export async function openBrowser(): Promise<BenchBrowser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  return {
    browser,
    context,
    async close() {
      await context.close().catch(() => undefined);
      await browser.close();
    },
  };
}
