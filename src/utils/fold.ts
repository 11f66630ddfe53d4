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
