/**
 * Pure: the short lists of cuts that link into the report: a guide's own reform figures
 * (ReformFigures on /thu-tuc/<slug>/) and the cuts at the top of a report section (ReformSection).
 */
import type { ResolvedPeriod } from '../metrics.ts';
import { reportHref } from '../../utils/routes.ts';
import { figuresText, MEASURE_TEXT } from '../../i18n/report.ts';
import { cutOf, type Cut, type CutRow } from './cuts.ts';
import { CHART_MEASURES, chartId } from './ids.ts';

/** One measure's cut with the link to its chart. */
export interface CutLine {
  label: string;
  linkText: string;
  href: string;
  cut: Cut;
}

/** A guide's reform figures, ready to render. */
export interface ReformFiguresView {
  heading: string;
  intro: string;
  lines: CutLine[];
  /** The procedure's section in the report. */
  section: { href: string; text: string };
}

/** From a guide's reform summary (src/data/procedures.ts ReformSummary) and its figures' attribution (./attribution.ts). */
export function reformFigures(
  reform: { metricId: string; name: string; periods: readonly ResolvedPeriod[] },
  source: string,
): ReformFiguresView {
  return {
    heading: figuresText.heading,
    intro: figuresText.intro(reform.name, source),
    lines: CHART_MEASURES.map((m) => ({
      label: MEASURE_TEXT[m].title,
      linkText: figuresText.chartLink(MEASURE_TEXT[m].lower),
      href: reportHref(chartId(reform.metricId, m)),
      cut: cutOf(reform.periods, m),
    })),
    section: { href: reportHref(reform.metricId), text: figuresText.sectionLink },
  };
}

/** The cuts at the top of a report section, each linking to its chart on the same page. */
export const sectionCuts = (cut: CutRow): CutLine[] =>
  CHART_MEASURES.map((m) => ({
    label: MEASURE_TEXT[m].title,
    linkText: MEASURE_TEXT[m].title,
    href: `#${chartId(cut.metricId, m)}`,
    cut: cut[m],
  }));
