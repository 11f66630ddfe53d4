/**
 * A checklist as plain text, for Zalo, SMS or a note: one line per paper, a box to tick by hand,
 * then where to go and the guide's address. No markup, so it reads the same everywhere.
 */
import { checklistScriptUi as t } from '../../i18n/vi.ts';

export interface ShareLine {
  /** "Giấy chứng sinh (Bản chính hoặc bản sao)". */
  text: string;
  ticked: boolean;
}

export interface ShareInput {
  title: string;
  lines: readonly ShareLine[];
  url: string;
  /** Where to submit, in a few words. */
  where?: string | undefined;
}

export function checklistShareText({ title, lines, url, where }: ShareInput): string {
  const out = [t.shareHeading(title), ...lines.map((l) => `${l.ticked ? '☑' : '☐'} ${l.text}`)];
  if (where) out.push(`${t.shareWhere}: ${where}`);
  out.push(`${t.shareLink}: ${url}`);
  return out.join('\n');
}
