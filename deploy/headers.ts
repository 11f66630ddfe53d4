/**
 * The one table of what the web server sends: security headers, cache lifetimes and file types.
 * deploy/nginx.conf is generated from it (npm run deploy:nginx), scripts/serve.ts applies it, the
 * tests read it, and astro.config.mjs takes the CSP's directives from it for the page's <meta>
 * copy. Plain data only: change a value here and regenerate, never edit nginx.conf by hand.
 */

/** CSP directives shared by the header and by Astro's <meta> (which adds hashes to script-src and style-src). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Scripts: our own files; Pagefind runs WebAssembly. The site has no inline script or style. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_SOURCES: readonly string[] = ["'self'"];

/**
 * Who may put a page in a frame: nobody, except the embeddable charts under EMBED_PREFIX, which
 * any page may frame. For those the directive is left out rather than set to `*`: `*` matches only
 * http(s) hosts, not an article saved to disk (file:) or a sandboxed CMS preview (opaque origin).
 */
export const FRAME_ANCESTORS = { page: "'none'", embed: undefined } as const;

/** Embeddable charts: any site may frame them. */
export const EMBED_PREFIX = '/nhung/';

/** The full CSP header for a normal page or an embed. A <meta> CSP cannot carry frame-ancestors. */
export function cspHeader(kind: keyof typeof FRAME_ANCESTORS): string {
  const frame = FRAME_ANCESTORS[kind];
  return [
    ...CSP_DIRECTIVES,
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    ...(frame ? [`frame-ancestors ${frame}`] : []),
  ].join('; ');
}

/** Sent with every response, the 404 and the redirects included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
};

/** Every header a response to `path` carries besides its type and cache lifetime. */
export function securityHeaders(path: string): Record<string, string> {
  const kind = path.startsWith(EMBED_PREFIX) ? 'embed' : 'page';
  return { 'Content-Security-Policy': cspHeader(kind), ...SECURITY_HEADERS };
}

export const CACHE = {
  /** File names that change with their content: keep for a year, never ask again. */
  immutable: 'public, max-age=31536000, immutable',
  /** HTML, data files and unhashed scripts: keep, but ask the server (ETag) before each use. */
  revalidate: 'no-cache',
} as const;

/**
 * Paths whose names carry a content hash. Astro hashes everything in /_astro/; Pagefind names its
 * index, fragment and filter chunks and its .pf_meta by hash, but not pagefind.js, its UI files,
 * pagefind-entry.json (which points to the current .pf_meta) or the wasm.*.pagefind files.
 * One regular expression understood by both JavaScript and nginx (PCRE).
 */
export const HASHED_PATHS = '^/_astro/|^/pagefind/(?:index|fragment|filter)/|^/pagefind/pagefind\\.[a-z-]+_[0-9a-f]+\\.pf_meta$';

export function cacheControl(path: string): string {
  return new RegExp(HASHED_PATHS).test(path) ? CACHE.immutable : CACHE.revalidate;
}

/** Media types by extension (without charset). Every extension found in dist/ must be here. */
export const TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  txt: 'text/plain',
  xml: 'application/xml',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  webmanifest: 'application/manifest+json',
  wasm: 'application/wasm',
  // Pagefind's own files are already compressed binary chunks, read by pagefind.js.
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};

/** Types that are text and get "; charset=utf-8". */
export const UTF8_TYPES: readonly string[] = [
  'text/html',
  'text/css',
  'text/javascript',
  'application/json',
  'text/csv',
  'text/plain',
  'application/xml',
  'image/svg+xml',
  'application/manifest+json',
];

export const DEFAULT_TYPE = 'application/octet-stream';

/** The Content-Type for a file name or URL path ("/x/" is a page). */
export function contentType(path: string): string {
  const ext = path.endsWith('/') ? 'html' : (/\.([a-z0-9_]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '');
  const type = TYPES[ext] ?? DEFAULT_TYPE;
  return UTF8_TYPES.includes(type) ? `${type}; charset=utf-8` : type;
}

/** Extensions the build precompresses into .gz and .br next to the file (text only; Pagefind's chunks are compressed already). */
export const PRECOMPRESS_EXTENSIONS: readonly string[] = ['html', 'css', 'js', 'mjs', 'json', 'csv', 'txt', 'xml', 'svg', 'webmanifest'];

/** The only methods a static site answers; anything else gets 405 with this Allow header. */
export const ALLOWED_METHODS: readonly string[] = ['GET', 'HEAD'];

/** The site's own 404 page, served with status 404. */
export const NOT_FOUND_PAGE = '/404.html';
