/** Formatting in vi-VN style: 1.234 for numbers, 28/11/2026 for dates. */
const numberFmt = new Intl.NumberFormat('vi-VN');
const dateFmt = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const percentFmt = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 0 });

export const formatNumber = (n: number): string => numberFmt.format(n);

/** "28/11/2026" from "2026-11-28"; a bare year stays a year. */
export function formatDate(iso: string | number): string {
  if (typeof iso === 'number') return String(iso);
  return dateFmt.format(new Date(`${iso}T00:00:00Z`));
}

/** "100.000 đ"; "Miễn phí" for 0. */
export function formatVnd(n: number): string {
  return n === 0 ? 'Miễn phí' : `${numberFmt.format(n)} đ`;
}

/** A fraction such as -0.926 as "−93%". */
export function formatPercent(fraction: number): string {
  return percentFmt.format(fraction).replace('-', '−');
}
