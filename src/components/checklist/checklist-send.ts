/** Copy or share a checklist as plain text whose link carries the ticks. */
import { shareUrl } from './checklist-state.ts';
import { checklistShareText } from './share-text.ts';
import { checklistScriptUi as t } from '../../i18n/vi.ts';

export interface SendInput {
  root: HTMLElement;
  /** The ticked keys, carried by the link in the text. */
  ticked: Iterable<string>;
  lines: { text: string; ticked: boolean }[];
  say: (text: string) => void;
}

/** Share through the system sheet, or copy (falling back to a text box to copy by hand). */
export async function send(action: 'share' | 'copy', { root, ticked, lines, say }: SendInput): Promise<void> {
  const title = root.dataset['title'] ?? document.title;
  const text = checklistShareText({
    title,
    url: shareUrl(root.dataset['url'] ?? location.href, ticked),
    where: root.dataset['where'],
    lines,
  });
  if (action === 'share') {
    try {
      await navigator.share({ title, text });
    } catch {
      // Cancelled by the user, or refused: nothing to do.
    }
    return;
  }
  try {
    await navigator.clipboard.writeText(text);
    say(t.copied);
  } catch {
    const fallback = root.querySelector<HTMLTextAreaElement>('.fallback');
    if (fallback) {
      fallback.value = text;
      fallback.hidden = false;
      fallback.select();
      say(t.copyManually);
    }
  }
}
