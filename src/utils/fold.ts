/**
 * Vietnamese text folding for search: remove tone and vowel marks and turn đ into d, so that
 * "dang ky" finds "Đăng ký". Pagefind folds marks itself but not đ (see shared stack notes).
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** ASCII kebab-case slug from a Vietnamese name: "Đăng ký khai sinh" → "dang-ky-khai-sinh". */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A search query or text folded for comparison: lower-case, marks removed, đ → d, spaces collapsed. */
export function foldQuery(q: string): string {
  return foldVietnamese(q).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Folded words, punctuation dropped: "Đăng ký (khai sinh)" → ["dang", "ky", "khai", "sinh"]. */
export function foldedWords(text: string): string[] {
  return foldQuery(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}
