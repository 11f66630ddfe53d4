/**
 * What scripts/serve.ts decides before the static-file library sees a request: the method, a URL
 * that cannot be decoded or tries to climb out of the site, and the trailing-slash redirect.
 * Pure: the one question about the disk is asked through `isDirectoryWithIndex`.
 */
import { ALLOWED_METHODS } from '../../deploy/headers.ts';

/** Longer request targets are refused (nginx's default large_client_header_buffers is 8 KB). */
export const MAX_URL_LENGTH = 4096;

export type Verdict =
  { kind: 'serve'; path: string } | { kind: 'redirect'; location: string } | { kind: 'error'; status: 400 | 404 | 405 | 414 };

/** Decoded path, or undefined when it is malformed or not a plain path inside the site. */
export function safePath(rawPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return undefined; // "/%", "/%zz", overlong UTF-8 such as %c0%ae
  }
  if (!path.startsWith('/') || /[\0\\]/.test(path)) return undefined;
  // After one decoding, any "." or ".." segment (from "%2e%2e", "..%2f"...) is refused outright.
  if (path.split('/').some((s) => s === '.' || s === '..')) return undefined;
  return path;
}

export function judge(method: string | undefined, rawUrl: string, isDirectoryWithIndex: (path: string) => boolean): Verdict {
  if (!ALLOWED_METHODS.includes(method ?? '')) return { kind: 'error', status: 405 };
  if (rawUrl.length > MAX_URL_LENGTH) return { kind: 'error', status: 414 };
  const q = rawUrl.indexOf('?');
  const rawPath = q === -1 ? rawUrl : rawUrl.slice(0, q);
  const search = q === -1 ? '' : rawUrl.slice(q);
  const path = safePath(rawPath);
  if (path === undefined) return { kind: 'error', status: 400 };
  // "//host/x" would make a redirect leave the site; empty segments never name a page.
  if (path.includes('//')) return { kind: 'error', status: 404 };
  if (!path.endsWith('/') && isDirectoryWithIndex(path)) return { kind: 'redirect', location: `${rawPath}/${search}` };
  return { kind: 'serve', path };
}
