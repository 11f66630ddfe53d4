import { describe, expect, it } from 'vitest';
import {
  anchorHref,
  checklistItemHref,
  CHECKLIST_ANCHOR,
  documentHref,
  lifeEventHref,
  procedureHref,
  sourceHref,
  telHref,
} from './routes.ts';

describe('every URL from one module', () => {
  it('pages and their entries have the addresses the site has always had', () => {
    expect(procedureHref('dang-ky-khai-sinh')).toBe('/thu-tuc/dang-ky-khai-sinh/');
    expect(lifeEventHref('sinh-con')).toBe('/su-kien/sinh-con/');
    expect(documentHref('giay-chung-sinh')).toBe('/giay-to/giay-chung-sinh/');
    expect(sourceHref('bao-2016')).toBe('/nguon/#bao-2016');
    expect(anchorHref('giay-chung-sinh')).toBe('#giay-chung-sinh');
  });

  it('a paper on a checklist is where search and the documents index land', () => {
    const href = checklistItemHref('/thu-tuc/dang-ky-khai-sinh/', 'giay-chung-sinh');
    expect(href).toBe('/thu-tuc/dang-ky-khai-sinh/#giay-to-giay-chung-sinh');
    expect(href).toContain(CHECKLIST_ANCHOR);
  });

  it('a hotline is dialled without its dots and spaces', () => {
    expect(telHref('024.1022')).toBe('tel:0241022');
    expect(telHref('1900 1009')).toBe('tel:19001009');
  });
});
