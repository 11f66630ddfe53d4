/** A chart's PNG download (with its title and source line) and copying its embed code. */
import { palette } from './palette.ts';

/** A PNG of the chart with its title and source line, so a reused image keeps its attribution. */
export function downloadPng(figure: HTMLElement, canvas: HTMLCanvasElement): void {
  const p = palette(canvas);
  const scale = canvas.width / canvas.clientWidth || 1;
  const pad = 16 * scale;
  const titleSize = 18 * scale;
  const small = 13 * scale;
  const out = document.createElement('canvas');
  out.width = canvas.width + pad * 2;
  out.height = canvas.height + pad * 4 + titleSize + small * 2;
  const ctx = out.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = p.bg || '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = p.text;
  ctx.textBaseline = 'top';
  ctx.font = `700 ${titleSize}px ${p.font}`;
  ctx.fillText(canvas.dataset['title'] ?? '', pad, pad, out.width - pad * 2);
  ctx.drawImage(canvas, pad, pad * 2 + titleSize);
  ctx.font = `${small}px ${p.font}`;
  ctx.fillStyle = p.muted;
  const source = figure.querySelector('.source-line')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  ctx.fillText(`${source} · ${location.origin}${location.pathname}#${figure.id}`, pad, out.height - pad - small, out.width - pad * 2);
  out.toBlob((blob) => {
    if (!blob) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${figure.id}.png`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }, 'image/png');
}

/** Copy the embed code; when the clipboard refuses, select it and say how to copy by hand. */
export async function copyEmbed(figure: HTMLElement): Promise<void> {
  const area = figure.querySelector<HTMLTextAreaElement>('textarea');
  const status = figure.querySelector<HTMLElement>('[data-copy-status]');
  if (!area || !status) return;
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = status.dataset['copied'] ?? '';
  } catch {
    area.focus();
    area.select();
    status.textContent = status.dataset['copyFailed'] ?? '';
  }
}
