/**
 * The staff narrative of the report (content/report/bao-cao.mdx) on the real content: valid
 * frontmatter, every chart placed once, and only facts from the source article.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/read-content.ts';
import { narrativeProblems } from '../../src/checks/narrative.ts';
import { reportModel } from '../../src/data/report.ts';
import { seedText } from '../seed.ts';

const { content, narrative } = readContent(process.cwd(), '2026-11-28');
const text = readFileSync('content/report/bao-cao.mdx', 'utf8');
const frontmatter = narrative!.data;
const model = reportModel(content);

describe('report narrative (content/report/bao-cao.mdx)', () => {
  it('places every procedure section and each of its two charts exactly once', () => {
    expect(narrativeProblems(text, model.sections)).toEqual([]);
  });

  it('states the 2015 ranking exactly as the article does, with the article as source', () => {
    expect(frontmatter.ranking).toMatchObject({ rank: 2, year: 2015, source: 'kinhtedothi-2016' });
    expect(seedText().text).toContain('đứng thứ 2 về cải cách hành chính của TP Hà Nội năm 2015');
    expect(frontmatter.ranking.quote).toContain('đứng thứ 2 về cải cách hành chính của TP Hà Nội năm 2015');
    expect(content.sources.map((s) => s.id)).toContain(frontmatter.ranking.source);
  });

  it('uses no number that is not among the article’s figures', () => {
    const article = readFileSync(new URL('../fixtures/seed-facts.md', import.meta.url), 'utf8');
    const allowed = new Set([...article.matchAll(/\d+/g)].map((m) => m[0]));
    const body = text.replace(/<[^>]+>/g, ' ');
    const used = [...body.matchAll(/\d+/g)].map((m) => m[0]);
    expect(used.filter((n) => !allowed.has(n))).toEqual([]);
  });
});
