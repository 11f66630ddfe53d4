import { isUnknown, refError, type Rule } from './context.ts';

/** A portal's home page: nothing after the host. It is not the page of one procedure. */
export function isHomePage(url: string): boolean {
  const u = new URL(url);
  return (u.pathname === '/' || u.pathname === '') && u.search === '' && u.hash === '';
}

/**
 * The "Nộp trực tuyến" button leads to the procedure's own page, as a source gives it: a guide's
 * onlineUrl names its source, and a portal's home page is refused (say where to find the
 * procedure in onlineHowTo instead).
 */
export const onlineUrl: Rule = (ctx) => {
  for (const p of ctx.content.procedures) {
    const { onlineUrl: url, onlineUrlSource: source } = p.data;
    if (url !== undefined && isHomePage(url))
      ctx.add(
        p,
        ['onlineUrl'],
        `"${url}" là trang chủ của cổng, không phải trang của thủ tục: bỏ onlineUrl và ghi cách tìm thủ tục trên cổng vào onlineHowTo / a portal home page is not the procedure's page: remove onlineUrl and say where to find it in onlineHowTo`,
      );
    if (url !== undefined && source === undefined)
      ctx.add(
        p,
        ['onlineUrl'],
        'cần ghi nguồn của địa chỉ này: thêm onlineUrlSource (mã trong content/sources) / onlineUrl needs onlineUrlSource, the id of its source',
      );
    if (source !== undefined && isUnknown(source, ctx.ids.sources))
      ctx.add(p, ['onlineUrlSource'], refError('nguồn', 'content/sources/', source, ctx.ids.sources));
    if (source !== undefined && url === undefined)
      ctx.add(
        p,
        ['onlineUrlSource'],
        'onlineUrlSource chỉ dùng khi có onlineUrl: thêm onlineUrl hoặc xóa dòng này / onlineUrlSource without onlineUrl',
      );
  }
};
