import { z } from 'astro/zod';
import { Count, IsoDate, PlainText, Slug, UniqueSlugs, WebUrl } from './common.ts';
import { CertaintySchema, FactOverrideSchema } from './certainty.ts';
import { ChangeSchema, HistoryEntrySchema } from './change.ts';

/** How a paper must be presented. Labels for citizens live in src/i18n. */
export const PAPER_FORMS = ['original', 'certified-copy', 'copy', 'original-or-copy', 'present', 'unverified'] as const;

/**
 * One line of "what to bring". Either `document` names an entry of the documents registry,
 * or `name` describes a one-off paper.
 */
export const RequirementSchema = z
  .strictObject({
    /** The id of a paper in content/documents (file name without .json). */
    document: z.string().optional(),
    /** A one-off paper that no other procedure needs; use `document` when it is shared. */
    name: PlainText.optional(),
    /**
     * original | certified-copy | copy | original-or-copy | present (show, not hand in) |
     * unverified (the sources do not say original or copy: the page says to confirm it).
     */
    form: z.enum(PAPER_FORMS, {
      message: `phải là một trong: ${PAPER_FORMS.join(', ')} / must be one of these`,
    }),
    /** How many copies; leave out when the rules do not say. */
    copies: Count.min(1, { message: 'ít nhất là 1 / at least 1' }).optional(),
    /** Needed only in a stated case, e.g. "Nếu nộp thay". Leave out when always needed. */
    condition: PlainText.optional(),
    /** A blank form for a one-off paper (shared papers carry their form in the registry). */
    template: z.strictObject({ name: PlainText, url: WebUrl.optional() }).optional(),
    /** A short note, e.g. what is not verified about this paper. */
    note: PlainText.optional(),
  })
  .superRefine((r, ctx) => {
    if ((r.document === undefined) === (r.name === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['document'],
        message:
          'mỗi giấy tờ cần đúng một trong hai: "document" (mã trong content/documents) hoặc "name" (tên giấy tờ riêng) / give exactly one of "document" or "name"',
      });
    }
  });
export type Requirement = z.output<typeof RequirementSchema>;

/** One step, one action, in the order the citizen lives it. */
export const StepSchema = z.strictObject({
  /** The action, short: "Nộp hồ sơ trực tuyến". */
  title: PlainText,
  /** What happens and who does it. */
  detail: PlainText.optional(),
});

/** A legal document the guide relies on. */
export const LegalBasisSchema = z.strictObject({
  /** Its number as written, e.g. "63/2024/NĐ-CP". */
  number: PlainText,
  /** Its kind and subject, e.g. "Nghị định quy định về thực hiện liên thông...". */
  title: PlainText,
  /** Date issued, YYYY-MM-DD. */
  issued: IsoDate.optional(),
  /** Date in force, YYYY-MM-DD. */
  effective: IsoDate.optional(),
  /** Where to read it, if verified. */
  url: WebUrl.optional(),
});

/** A fee or charge. An unknown amount is null with a note, never 0. */
export const FeeSchema = z
  .strictObject({
    /** What it is for: "Lệ phí đăng ký cư trú (nộp trực tuyến)". */
    name: PlainText,
    /** Amount in đồng; 0 only when the rules say it is free; null when unknown. */
    amountVnd: Count.nullable(),
    /** Basis or caveat, e.g. the resolution that sets it. Required when the amount is null. */
    note: PlainText.optional(),
  })
  .refine((f) => f.amountVnd !== null || f.note !== undefined, {
    path: ['note'],
    message: 'khi chưa biết mức phí (null) phải ghi chú lý do / an unknown amount needs a note',
  });

/** Online service level, in the names of NĐ 42/2022/NĐ-CP. */
export const ONLINE_LEVELS = ['full', 'partial', 'none', 'unknown'] as const;
export const DAY_KINDS = ['working', 'calendar', 'unspecified'] as const;

/**
 * A procedure guide. File: content/procedures/<slug>.md or .mdx; the file name is the URL slug.
 * The Markdown body holds extra explanations ("Lưu ý"); the fixed outline comes from these fields.
 */
export const ProcedureSchema = z.strictObject({
  /** Its official name. Plain text, no HTML. */
  title: PlainText,
  /** A shorter name for menus and tables; defaults to the title. */
  shortTitle: PlainText.optional(),
  /** One or two plain sentences: what it is for. Also the page's meta description. */
  summary: PlainText,
  /** A draft is checked but not published. */
  draft: z.boolean().default(false),
  /** National procedure code on dichvucong.gov.vn, e.g. "1.001193"; null when not settled. */
  nationalCode: z
    .string()
    .regex(/^\d\.\d{6}$/, { message: 'mã thủ tục dạng 1.001193 / a code looks like 1.001193' })
    .nullable(),
  /** Why the code is missing or what to check about it. */
  nationalCodeNote: PlainText.optional(),
  /** Field (lĩnh vực): an id in content/fields.json. */
  field: Slug,
  /** The agency that decides: an id in content/agencies.json. */
  decidingAgency: Slug,
  /** Where to submit since 1 July 2025: ids in content/agencies.json, the preferred first. */
  submitAt: UniqueSlugs.min(1, { message: 'cần ít nhất một nơi nộp / at least one place to submit' }),
  /** Agencies that take part behind the desk (tax, police, insurance). */
  coordinating: UniqueSlugs.default([]),
  /** Who may apply. */
  applicants: PlainText,
  /** Conditions to meet before applying; empty when there are none. */
  conditions: z.array(PlainText).default([]),
  /** What to bring. At least one paper. */
  requirements: z.array(RequirementSchema).min(1, { message: 'cần ít nhất một giấy tờ / list at least one paper' }),
  /** The steps, one action each. */
  steps: z.array(StepSchema).min(1, { message: 'cần ít nhất một bước / list at least one step' }),
  /** Processing time as the rules state it. */
  processingTime: z
    .strictObject({
      /** Days from a complete dossier; null when the rules are not verified. */
      days: Count.nullable(),
      /** working | calendar | unspecified: the kind of day the rule states. */
      dayKind: z.enum(DAY_KINDS),
      /** The rule in words, with its exceptions. */
      text: PlainText,
    })
    .refine((t) => t.days !== null || /xác nhận|chưa|không rõ/i.test(t.text), {
      path: ['text'],
      message: 'khi chưa biết số ngày (null) phần text phải nói rõ là chưa xác nhận / unknown days need an explanation',
    }),
  /** Trips to the office a citizen should expect; null when it depends on unverified rules. */
  trips: z.strictObject({
    /** Trips when everything is in hand; 0 for a fully online filing. */
    count: Count.nullable(),
    /** How the count is reached, or why it is unknown. */
    note: PlainText,
  }),
  /** Fees and charges. An empty list means none is known: say so in the body. */
  fees: z.array(FeeSchema).min(1, { message: 'cần ít nhất một dòng phí, lệ phí (có thể null kèm ghi chú) / at least one fee line' }),
  /** What the citizen receives. */
  result: PlainText,
  /** full (toàn trình) | partial (một phần) | none | unknown. */
  onlineLevel: z.enum(ONLINE_LEVELS),
  /**
   * The procedure's own page on an online portal, exactly as a source gives it; never a portal's
   * home page and never a guessed address. The guide shows it as the "Nộp trực tuyến" button.
   */
  onlineUrl: WebUrl.optional(),
  /** Where onlineUrl comes from: an id in content/sources. Required with onlineUrl. */
  onlineUrlSource: Slug.optional(),
  /** A caveat shown under the button, e.g. "một nguồn — hãy xác nhận với nơi nộp hồ sơ". */
  onlineUrlNote: PlainText.optional(),
  /** Where to find the procedure online when its own page is not known, e.g. the portal item to choose. */
  onlineHowTo: PlainText.optional(),
  /** Legal documents, newest first. */
  legalBasis: z.array(LegalBasisSchema).min(1, { message: 'cần ít nhất một căn cứ pháp lý / at least one legal basis' }),
  /** Points the rules leave uncertain: the guide tells citizens to confirm them with the office. */
  toConfirm: z.array(PlainText).default([]),
  /** Other guides worth reading: ids in content/procedures. */
  related: UniqueSlugs.default([]),
  /** Guides handled together with this one in an interconnection (liên thông). */
  interconnected: UniqueSlugs.default([]),
  /** When staff last checked this guide against the rules. */
  lastReviewed: IsoDate,
  /** Where the facts come from: ids in content/sources. */
  sources: UniqueSlugs.min(1, { message: 'cần ít nhất một nguồn / at least one source' }),
  /**
   * How sure the guide's facts are, by default: confidence, sources, legal document. Without it
   * every fact counts as one source, resting on the guide's `sources` (and the checker warns).
   */
  certainty: CertaintySchema.optional(),
  /** Per-fact overrides of `certainty`, keyed by field path: `processingTime: two-sources`, `fees[1]: {...}`. */
  facts: z.record(z.string(), FactOverrideSchema).default({}),
  /** Rule changes on fixed days, oldest first: applied from their day on, announced before it. */
  changes: z.array(ChangeSchema).default([]),
  /** Corrections staff made to the content (and rule changes folded in), oldest first. */
  history: z.array(HistoryEntrySchema).default([]),
});
export type Procedure = z.output<typeof ProcedureSchema>;
export type OnlineLevel = (typeof ONLINE_LEVELS)[number];
export type DayKind = (typeof DAY_KINDS)[number];
export type PaperForm = (typeof PAPER_FORMS)[number];
