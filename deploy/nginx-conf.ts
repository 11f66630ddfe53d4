/**
 * Renders deploy/nginx.conf from the headers table (deploy/headers.ts). Pure: same table, same text.
 * The result is meant to be included inside a `server {}` that sets listen, server_name, TLS and
 * `root` (the published dist/); deploy/serve-nginx.sh wraps it that way for local runs.
 */
import {
  ALLOWED_METHODS,
  CACHE,
  DEFAULT_TYPE,
  EMBED_PREFIX,
  HASHED_PATHS,
  NOT_FOUND_PAGE,
  TYPES,
  UTF8_TYPES,
  securityHeaders,
} from './headers.ts';

const q = (s: string) => `"${s.replace(/(["\\])/g, '\\$1')}"`;

/** add_header lines; nginx drops the parent's add_header in any block that has its own, so each block lists them all. */
function headerLines(path: string, cache: string, indent: string): string[] {
  const all = { ...securityHeaders(path), 'Cache-Control': cache };
  return Object.entries(all).map(([k, v]) => `${indent}add_header ${k} ${q(v)} always;`);
}

function location(match: string, path: string, cache: string, extra: string[] = []): string[] {
  const allow = ALLOWED_METHODS.join('|');
  return [
    `location ${match} {`,
    ...extra.map((l) => `  ${l}`),
    `  if ($request_method !~ ^(?:${allow})$) {`,
    ...headerLines(path, cache, '    '),
    `    add_header Allow ${q(ALLOWED_METHODS.join(', '))} always;`,
    '    return 405;',
    '  }',
    ...headerLines(path, cache, '  '),
    '}',
  ];
}

function typesBlock(): string[] {
  const byType = new Map<string, string[]>();
  for (const [ext, type] of Object.entries(TYPES)) byType.set(type, [...(byType.get(type) ?? []), ext]);
  return ['types {', ...[...byType].map(([type, exts]) => `  ${type} ${exts.join(' ')};`), '}', `default_type ${DEFAULT_TYPE};`];
}

export function renderNginxConf(): string {
  const lines = [
    '# Generated from deploy/headers.ts by `npm run deploy:nginx`: edit the table, not this file.',
    '# Include inside a server {} block that sets listen, server_name, TLS and root (the dist/ folder):',
    '#   server { listen 443 ssl; server_name ...; root /srv/mot-cua/dist; include /srv/mot-cua/deploy/nginx.conf; }',
    "# Needs Debian's nginx and libnginx-mod-http-brotli-static (load_module ngx_http_brotli_static_module.so).",
    '',
    'server_tokens off;',
    '# Trailing-slash redirects (/thu-tuc/x -> /thu-tuc/x/) keep the host and port the client used.',
    'absolute_redirect off;',
    'index index.html;',
    'autoindex off;',
    '',
    ...typesBlock(),
    'charset utf-8;',
    `charset_types ${UTF8_TYPES.filter((t) => t !== 'text/html').join(' ')};`,
    '',
    '# The build writes file.gz and file.br next to each text file; serve them as they are.',
    'gzip_static on;',
    'brotli_static on;',
    'gzip_vary on;',
    '',
    `error_page 404 ${NOT_FOUND_PAGE};`,
    '',
    `location = ${NOT_FOUND_PAGE} {`,
    '  internal;',
    ...headerLines(NOT_FOUND_PAGE, CACHE.revalidate, '  '),
    '}',
    '',
    ...location(`~ ${q(HASHED_PATHS)}`, '/_astro/', CACHE.immutable),
    '',
    ...location(`^~ ${EMBED_PREFIX}`, EMBED_PREFIX, CACHE.revalidate),
    '',
    ...location('/', '/', CACHE.revalidate),
    '',
  ];
  return lines.join('\n');
}
