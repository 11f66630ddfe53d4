/**
 * The components staff place in the report narrative get their data from the page
 * (Astro.locals.report), not by loading content themselves; a wrong attribute still stops the
 * build with a message naming it.
 */
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readContent } from '../../src/checks/read-content.ts';
import { reportModel } from '../../src/data/report.ts';
import { reportLocals } from '../../src/data/report/page-view.ts';
import ReformChart from '../../src/components/ReformChart.astro';
import ReformSection from '../../src/components/ReformSection.astro';

const report = reportLocals(reportModel(readContent(process.cwd(), '2026-12-01').content));
const render = async (component: typeof ReformChart, props: Record<string, unknown>, withReport = true) =>
  (await AstroContainer.create()).renderToString(component, { props, locals: withReport ? { report } : {} });

describe('narrative components', () => {
  it('a chart placed by guide id renders its figure and its table from the page data', async () => {
    const html = await render(ReformChart, { procedure: 'lien-thong-khai-sinh-thuong-tru-bhyt', metric: 'trips' });
    expect(html).toContain('id="lien-thong-khai-sinh-thuong-tru-bhyt-so-lan-di-lai"');
    expect(html).toContain('data-chart-table="lien-thong-khai-sinh-thuong-tru-bhyt-so-lan-di-lai"');
  });

  it('a section renders its cuts, every figure and its sources', async () => {
    const html = await render(ReformSection, { procedure: 'cap-phep-xay-dung' });
    expect(html).toContain('id="cap-phep-xay-dung"');
    expect(html).toContain('data-metric="cap-phep-xay-dung"');
    expect(html).toContain('href="#cap-phep-xay-dung-so-ngay"');
  });

  it('an unknown procedure or measure stops the build with the attribute in the message', async () => {
    await expect(render(ReformChart, { procedure: 'khong-co', metric: 'days' })).rejects.toThrow(
      '<ReformChart procedure="khong-co" metric="days">: không có biểu đồ này / no such chart',
    );
    await expect(render(ReformChart, { procedure: 'cap-phep-xay-dung', metric: 'agencies' })).rejects.toThrow('no such chart');
    await expect(render(ReformSection, { procedure: 'khong-co' })).rejects.toThrow(
      '<ReformSection procedure="khong-co">: không có thủ tục này trong content/metrics / unknown procedure',
    );
  });

  it('outside the report page (no page data) they refuse rather than render nothing', async () => {
    await expect(render(ReformSection, { procedure: 'cap-phep-xay-dung' }, false)).rejects.toThrow('report data missing');
  });
});
