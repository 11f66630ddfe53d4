import { describe, expect, it } from 'vitest';
import { extraPathIds, pathChoices, pathHref, pathSteps } from './life-event-paths.ts';

const event = {
  procedures: [{ procedure: 'lien-thong' }, { procedure: 'khai-sinh' }, { procedure: 'thuong-tru' }, { procedure: 'chung' }],
  paths: [
    { id: 'lien-thong', title: 'Nộp trực tuyến một lần (liên thông)', summary: 'Trên mạng.', procedures: ['lien-thong'] },
    { id: 'lam-rieng', title: 'Làm riêng từng việc', summary: 'Tại phường.', procedures: ['khai-sinh', 'thuong-tru'] },
  ],
};

describe('paths of a life event', () => {
  it('each path holds its own steps and the steps no path names, in the event order', () => {
    expect(pathSteps(event, 'lien-thong').map((s) => s.procedure)).toEqual(['lien-thong', 'chung']);
    expect(pathSteps(event, 'lam-rieng').map((s) => s.procedure)).toEqual(['khai-sinh', 'thuong-tru', 'chung']);
  });

  it('the first path is the default and lives at the event page; the others have their own page', () => {
    expect(pathSteps(event, undefined)).toEqual(pathSteps(event, 'lien-thong'));
    expect(pathHref('sinh-con', event, undefined)).toBe('/su-kien/sinh-con/');
    expect(pathHref('sinh-con', event, 'lien-thong')).toBe('/su-kien/sinh-con/');
    expect(pathHref('sinh-con', event, 'lam-rieng')).toBe('/su-kien/sinh-con/lam-rieng/');
    expect(extraPathIds(event)).toEqual(['lam-rieng']);
  });

  it('the choice marks the path shown', () => {
    expect(pathChoices('sinh-con', event, 'lam-rieng').map((c) => [c.title, c.current])).toEqual([
      ['Nộp trực tuyến một lần (liên thông)', false],
      ['Làm riêng từng việc', true],
    ]);
  });

  it('an event without paths has every step, one page and no choice', () => {
    const plain = { procedures: event.procedures, paths: [] };
    expect(pathSteps(plain, undefined)).toHaveLength(4);
    expect(pathChoices('x', plain, undefined)).toEqual([]);
    expect(extraPathIds(plain)).toEqual([]);
    expect(pathHref('x', plain, undefined)).toBe('/su-kien/x/');
  });

  it('an unknown path is a programming error, said plainly', () => {
    expect(() => pathSteps(event, 'qua-buu-dien')).toThrow(/unknown path "qua-buu-dien"; paths: lien-thong, lam-rieng/);
  });
});
