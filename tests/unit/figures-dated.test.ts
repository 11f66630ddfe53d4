/**
 * Every reform figure shown outside the report says its year and its source, so nobody takes a
 * 2016 article's figure for today's rule: the home page's highlights and each guide's figures.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/read-content.ts';
import { homePage } from '../../src/data/lists.ts';
import { procedureView } from '../../src/data/procedures.ts';

const { content } = readContent(process.cwd(), '2026-12-01');
const site = { siteUrl: 'https://motcua.example.vn', editBaseUrl: undefined };
const ARTICLE = 'bài báo “Nam Từ Liêm lấy lợi ích người dân làm thước đo” của Kinh tế & Đô thị (Kinhtedothi), năm 2016';

describe('figures from the report carry their year and source', () => {
  it('the home page: each highlight names both periods, and the line above names the article and its year', () => {
    const home = homePage(content);
    expect(home.highlights.length).toBeGreaterThanOrEqual(5);
    for (const line of home.highlights) expect(line).toMatch(/\((trước cải cách|năm \d{4})\) còn \d+ ngày \(năm \d{4}\)/);
    expect(home.highlights).toContain(
      'Liên thông: cấp giấy khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế: từ 27 ngày (trước cải cách) còn 2 ngày (năm 2016), −93%',
    );
    expect(home.highlightsSource).toContain(ARTICLE);
    expect(home.highlightsSource).toContain('không phải thời hạn hiện nay');
  });

  it('each guide with reform figures names the article and its year, and says they are not today’s rules', () => {
    const withFigures = content.procedures.map((p) => procedureView(content, p.id, site)).filter((v) => v.figures);
    expect(withFigures.length).toBe(5);
    for (const v of withFigures) {
      expect(v.figures!.intro).toContain(ARTICLE);
      expect(v.figures!.intro).toContain('không phải quy định hiện nay');
      for (const l of v.figures!.lines) if (l.cut.change) expect(l.cut.steps).toMatch(/năm \d{4}/);
    }
  });
});
