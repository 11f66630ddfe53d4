/**
 * Pure: the HTML another site pastes to embed a chart, and the oEmbed answer that carries the same
 * HTML to a CMS. The frame resizes itself to its content through a small script served by this site
 * (/nhung/khung.js, which listens for the frame's own height messages); without that script the
 * frame keeps a fallback height that shows the chart and its source line.
 */

/** What the embed page posts to its parent: `{ type: EMBED_MESSAGE, height }`, height in CSS px. */
export const EMBED_MESSAGE = 'motcua-nhung:height';
/** Fired on document by the embed page once a forced palette is in force, so charts repaint. */
export const THEME_CHANGE_EVENT = 'motcua:theme';
/** The host-page script, on this site. */
export const EMBED_SCRIPT_PATH = '/nhung/khung.js';
export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/**
 * Fallback heights in px, measured in Chromium on the built embed pages (tests/e2e/embeds.test.ts
 * keeps them honest): chart, legend and source line fit in a 680 px column; the summary and the
 * table are one click away.
 */
export const EMBED_FALLBACK_HEIGHT = { summary: 720, period: 560 } as const;
/** The width the oEmbed answer declares: a typical article column. */
export const EMBED_WIDTH = 680;

export interface EmbedInput {
  /** The embed page's absolute URL. */
  url: string;
  title: string;
  kind: keyof typeof EMBED_FALLBACK_HEIGHT;
  /** The site's origin, for the host-page script. */
  siteUrl: string;
  theme?: EmbedTheme;
}

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSrc(url: string, theme: EmbedTheme = 'light'): string {
  const u = new URL(url);
  u.searchParams.set('theme', theme);
  return u.href;
}

export function embedCode({ url, title, kind, siteUrl, theme = 'light' }: EmbedInput): string {
  const script = new URL(EMBED_SCRIPT_PATH, siteUrl).href;
  return (
    `<iframe src="${attr(embedSrc(url, theme))}" title="${attr(title)}" width="100%" ` +
    `height="${EMBED_FALLBACK_HEIGHT[kind]}" style="border:0;width:100%" loading="lazy" data-motcua-nhung></iframe>\n` +
    `<script src="${attr(script)}" async></script>`
  );
}

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

export const oEmbed = (input: EmbedInput & { providerName: string }): OEmbed => ({
  version: '1.0',
  type: 'rich',
  title: input.title,
  provider_name: input.providerName,
  provider_url: new URL('/', input.siteUrl).href,
  html: embedCode(input),
  width: EMBED_WIDTH,
  height: EMBED_FALLBACK_HEIGHT[input.kind],
});

/** The theme a `?theme=` value asks for; anything else is the default, light. */
export const themeFrom = (value: string | null): EmbedTheme =>
  (EMBED_THEMES as readonly string[]).includes(value ?? '') ? (value as EmbedTheme) : 'light';
