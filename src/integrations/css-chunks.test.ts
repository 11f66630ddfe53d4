import { describe, expect, it } from 'vitest';
import { cssChunk } from './css-chunks.ts';

const src = '/repo/src';

describe('which stylesheet a component’s CSS goes into', () => {
  it.each([
    [`${src}/layouts/BaseLayout.astro?astro&type=style&index=0&lang.css`, 'site'],
    [`${src}/styles/global.css`, 'site'],
    [`${src}/components/ProcedureSummary.astro?astro&type=style&index=0&lang.css`, 'site'],
    [`${src}/components/ReformFigures.astro?astro&type=style&index=0&lang.css`, 'site'],
    [`${src}/components/report/DataTable.astro?astro&type=style&index=0&lang.css`, 'site'],
    [`${src}/components/report/DataTableScroll.astro?astro&type=style&index=0&lang.css`, 'site'],
    [`${src}/components/report/OpenDataLinks.astro?astro&type=style&index=0&lang.css`, 'report'],
    [`${src}/components/chart/inline-list.css`, 'report'],
    [`${src}/components/ReformChart.astro?astro&type=style&index=0&lang.css`, 'report'],
    [`${src}/components/StaffList.astro?astro&type=style&index=0&lang.css`, 'report'],
    [`${src}/pages/bao-cao/index.astro?astro&type=style&index=0&lang.css`, 'report'],
    [`${src}/layouts/EmbedLayout.astro?astro&type=style&index=0&lang.css`, 'report'],
  ])('%s -> %s', (id, chunk) => expect(cssChunk(id)).toBe(chunk));

  it.each([
    [`${src}/components/checklist/Checklist.astro?astro&type=script&index=0&lang.ts`],
    [`${src}/components/HomePage.astro`],
    [`${src}/styles/dark-tokens.css?url`],
    ['/repo/node_modules/some-lib/style.css'],
  ])('leaves %s to the build', (id) => expect(cssChunk(id)).toBeUndefined());
});
