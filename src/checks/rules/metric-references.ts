import { isUnknown, refError, type Rule } from './context.ts';

/** A metrics file names a published guide, and every source it cites exists. */
export const metricReferences: Rule = (ctx) => {
  for (const m of ctx.content.metrics) {
    const { procedure } = m.data;
    if (isUnknown(procedure, ctx.ids.procedures))
      ctx.add(m, ['procedure'], refError('thủ tục', 'content/procedures/', procedure, ctx.ids.procedures));
    else if (!m.data.draft && ctx.draftProcedures.has(procedure))
      ctx.add(
        m,
        ['procedure'],
        `"${procedure}" đang là bản nháp nên số liệu không có trang hướng dẫn để liên kết; đăng hướng dẫn trước, hoặc để số liệu là bản nháp / the guide is a draft`,
      );
    m.data.periods.forEach((period, i) => {
      const refs: [PropertyKey[], string | undefined][] = [
        [['periods', i, 'source'], period.source],
        [['periods', i, 'annotation', 'source'], period.annotation?.source],
        ...(['days', 'trips', 'agencies', 'onlineLevel'] as const).map((k): [PropertyKey[], string | undefined] => [
          ['periods', i, k, 'source'],
          period[k].source,
        ]),
      ];
      for (const [path, ref] of refs) {
        if (ref !== undefined && isUnknown(ref, ctx.ids.sources))
          ctx.add(m, path, refError('nguồn', 'content/sources/', ref, ctx.ids.sources));
      }
    });
  }
};

const MEASURE_NAME = { days: 'số ngày giải quyết (days)', trips: 'số lần đi lại (trips)' } as const;

/** A reform should not make things slower: each figure is compared with the latest earlier known one. */
export const metricTrends: Rule = (ctx) => {
  for (const m of ctx.content.metrics) {
    const periods = m.data.periods;
    periods.forEach((period, i) => {
      for (const k of ['days', 'trips'] as const) {
        const b = period[k].value;
        const earlier = periods
          .slice(0, i)
          .reverse()
          .find((q) => q[k].value !== null);
        const a = earlier?.[k].value ?? null;
        if (a !== null && b !== null && b > a) {
          ctx.add(
            m,
            ['periods', i, k, 'value'],
            `${MEASURE_NAME[k]} tăng từ ${a} (kỳ "${earlier!.period}") lên ${b} (kỳ "${period.period}"); hãy đối chiếu lại với nguồn. Nếu đúng, ghi lý do vào "note" của kỳ này / ${k} rose from ${a} to ${b}: confirm with the source`,
            'warning',
          );
        }
      }
    });
  }
};
