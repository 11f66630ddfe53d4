/** Shared Chromium helpers: launch, open a page collecting console errors, run axe. */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and failed or off-site requests seen so far. */
  problems: string[];
}

/** Open `path` in a fresh context; any request to another origin is blocked and recorded. */
export async function open(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(baseUrl()).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`request to another origin: ${url}`);
    return route.abort();
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? '';
    // With JavaScript off, Chromium refuses the module preloads (as "csp") instead of fetching scripts it will not run.
    if (options.javaScriptEnabled === false && req.resourceType() === 'script' && error === 'csp') return;
    problems.push(`failed: ${req.url()} ${error}`);
  });
  const response = await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'networkidle' });
  if (!response) problems.push(`no response for ${path}`);
  return { page, context, problems };
}

/** WCAG 2.2 A and AA violations, summarised one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} → ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

/** Every built page's URL path, from the files in dist/. */
export function builtPages(): string[] {
  const dist = inject('distDir');
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return walk(dist)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${relative(dist, f).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .filter((p) => !p.startsWith('/pagefind/'))
    .sort();
}
