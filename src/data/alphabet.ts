/**
 * The Vietnamese alphabet for A–Z lists: a title's first letter with its tone mark dropped but its
 * letter mark kept ("Ấn" is under Â, "Đăng" under Đ, never under D), letters ordered by
 * `Intl.Collator('vi')`, and an ASCII slug per letter for anchors (Telex spelling: Đ is "dd").
 */

/** Tone marks (huyền, sắc, ngã, hỏi, nặng): dropped. Breve, circumflex and horn stay (Ă, Â, Ơ, Ư...). */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** What a title that starts with no letter (a digit, a quote) is listed under. */
export const OTHER_LETTER = '#';

export const collator = (): Intl.Collator => new Intl.Collator('vi');

/** The letter a title is listed under, upper case: "ấn định" gives "Â", "đăng ký" gives "Đ", "2 bản" gives "#". */
export function firstLetter(title: string): string {
  const first = [...title.trim().normalize('NFD').replace(TONE_MARKS, '').normalize('NFC')][0] ?? '';
  const upper = first.toLocaleUpperCase('vi');
  return /\p{L}/u.test(upper) ? upper : OTHER_LETTER;
}

const TELEX: Record<string, string> = { Ă: 'aw', Â: 'aa', Đ: 'dd', Ê: 'ee', Ô: 'oo', Ơ: 'ow', Ư: 'uw' };

/** An ASCII slug for a letter: "A" gives "a", "Ă" gives "aw", "Đ" gives "dd", "#" gives "khac". */
export function letterSlug(letter: string): string {
  if (letter === OTHER_LETTER) return 'khac';
  const telex = TELEX[letter];
  if (telex) return telex;
  const ascii = letter
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return /^[a-z]$/.test(ascii) ? ascii : `u${letter.codePointAt(0)?.toString(16) ?? '0'}`;
}

/** Letters in alphabet order ("A" < "Ă" < "Â" < "B" ... "D" < "Đ"), the no-letter group last. */
export function compareLetters(a: string, b: string): number {
  if (a === b) return 0;
  if (a === OTHER_LETTER) return 1;
  if (b === OTHER_LETTER) return -1;
  return collator().compare(a, b);
}
