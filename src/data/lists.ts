/**
 * View models of the list pages: the home page, all guides, the sources. Pure: sorting, grouping
 * and the text of each line happen here, so pages only pass the result to components.
 */
import type { Field, Source } from '../schemas/index.ts';
import type { ContentSet } from '../checks/content-set.ts';
import { DAY_KIND_SHORT, ONLINE_LEVEL_LABEL, SOURCE_KIND_LABEL } from '../i18n/vi.ts';
import { homeUi, pageUi } from '../i18n/pages.ts';
import { formatDate, formatPercent } from '../utils/format.ts';
import { procedureHref } from '../utils/routes.ts';
import { byId } from './by-id.ts';
import { lifeEventList, type LifeEventCard } from './life-events.ts';
import { reformSummary } from './procedures.ts';
import { attribution, periodSourceIds } from './report/attribution.ts';
import type { ProcedureLink } from './links.ts';

export interface FieldGroup {
  field: Field;
  procedures: ProcedureLink[];
}

export interface ProcedureCard {
  id: string;
  href: string;
  title: string;
  summary: string;
  /** "Hộ tịch · 2 ngày làm việc · Trực tuyến toàn trình". */
  meta: string;
}

export interface SourceItem {
  id: string;
  title: string;
  url: string | undefined;
  /** "Báo Hà Nội mới · 2016 · Báo chí". */
  meta: string;
  note: string | undefined;
}

export interface HomePage {
  events: LifeEventCard[];
  groups: FieldGroup[];
  /** One line per guide with reform figures for days: "Cấp phép xây dựng: từ 15 ngày còn 8 ngày (−47%)". */
  highlights: string[];
  /** Where the highlights come from, with the year: "Số liệu theo bài báo “…” của …, năm 2016. …". */
  highlightsSource: string;
}

const collator = () => new Intl.Collator('vi');

/** Guides grouped by field, in the order of content/fields.json, titles sorted the Vietnamese way. */
export function proceduresByField(content: ContentSet): FieldGroup[] {
  const c = collator();
  return content.fields
    .map((f) => ({
      field: f.data,
      procedures: content.procedures
        .filter((p) => p.data.field === f.id)
        .map((p) => ({ id: p.id, title: p.data.title, href: procedureHref(p.id) }))
        .sort((a, b) => c.compare(a.title, b.title)),
    }))
    .filter((g) => g.procedures.length > 0);
}

/** Every guide as a card, sorted by title the Vietnamese way. */
export function procedureCards(content: ContentSet): ProcedureCard[] {
  const field = byId(content.fields);
  const c = collator();
  return content.procedures
    .map((p) => {
      const t = p.data.processingTime;
      const time = t.days === null ? pageUi.procedures.timeUnknown : `${t.days} ${DAY_KIND_SHORT[t.dayKind]}`;
      return {
        id: p.id,
        href: procedureHref(p.id),
        title: p.data.title,
        summary: p.data.summary,
        meta: [field(p.data.field).data.name, time, ONLINE_LEVEL_LABEL[p.data.onlineLevel]].join(' · '),
      };
    })
    .sort((a, b) => c.compare(a.title, b.title));
}

/** The sources page, in the order of content/sources. */
export function sourceList(content: ContentSet): SourceItem[] {
  return content.sources.map((s: { id: string; data: Source }) => ({
    id: s.id,
    title: s.data.title,
    url: s.data.url,
    meta: [s.data.publisher, formatDate(s.data.date), SOURCE_KIND_LABEL[s.data.kind]].join(' · '),
    note: s.data.note,
  }));
}

export function homePage(content: ContentSet): HomePage {
  const summaries = content.metrics.map(reformSummary);
  return {
    events: lifeEventList(content),
    groups: proceduresByField(content),
    highlights: summaries.flatMap((r) =>
      r.days
        ? [
            homeUi.highlight(
              r.name,
              { value: r.days.fromValue, label: r.days.from.label, atLeast: r.days.fromAtLeast },
              { value: r.days.toValue, label: r.days.to.label },
            ) + (r.days.fraction === null ? '' : `, ${formatPercent(r.days.fraction)}`),
          ]
        : [],
    ),
    highlightsSource: homeUi.highlightsSource(
      attribution([...new Set(summaries.flatMap((r) => periodSourceIds(r.periods)))], content.sources),
    ),
  };
}
