/**
 * Placeholder web addresses in content/settings.json (siteUrl, editBaseUrl, any other URL). Until
 * the office has a real address they stay as placeholders on purpose: `npm run build` warns, and
 * a release build (`npm run build -- --release`) refuses, because a printed QR code, the sitemap,
 * the embed code and every "Sửa trang này" link would point nowhere.
 */
import { SETTINGS_FILE } from '../schemas/index.ts';

/** Host names reserved for examples and tests (RFC 2606, RFC 6761) or that only work on this machine. */
const RESERVED_TLDS = ['example', 'invalid', 'test', 'localhost', 'local'];
const EXAMPLE_LABELS = ['example', 'chua-dien'];

export interface ExampleAddress {
  /** The setting's path, e.g. "siteUrl" or "links.2.url". */
  setting: string;
  value: string;
}

/** Whether an absolute URL's host is a placeholder (example.com, *.example.vn, x.invalid, localhost...). */
export function isExampleHost(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  const labels = host.split('.');
  if (host === '127.0.0.1' || host === '[::1]') return true;
  if (RESERVED_TLDS.includes(labels.at(-1)!)) return true;
  return labels.some((l) => EXAMPLE_LABELS.includes(l));
}

/** Every URL-valued setting, at any depth, whose host is a placeholder. */
export function exampleAddresses(settings: unknown, path: string[] = []): ExampleAddress[] {
  if (typeof settings === 'string') {
    return /^https?:\/\//i.test(settings) && isExampleHost(settings) ? [{ setting: path.join('.'), value: settings }] : [];
  }
  if (Array.isArray(settings)) return settings.flatMap((v, i) => exampleAddresses(v, [...path, String(i)]));
  if (settings && typeof settings === 'object') return Object.entries(settings).flatMap(([k, v]) => exampleAddresses(v, [...path, k]));
  return [];
}

/** How to fix each known setting; any other URL setting gets the generic hint. */
const FIX: Record<string, string> = {
  siteUrl: 'tên miền thật đã đăng ký cho trang, dạng https://ten-mien-that/ / the registered public address',
  editBaseUrl: 'địa chỉ "sửa tệp" của thư mục content/ trên kho mã, kết thúc bằng / / the repository\'s edit URL for content/',
};

/** One line per placeholder address: the setting, its value and how to fix it. */
export function describeExampleAddresses(found: ExampleAddress[]): string[] {
  return found.map(
    (f) =>
      `content/${SETTINGS_FILE}: "${f.setting}" vẫn là địa chỉ mẫu "${f.value}". Thay bằng địa chỉ thật: ` +
      `${FIX[f.setting] ?? 'địa chỉ thật của trang / the real address'}.`,
  );
}
