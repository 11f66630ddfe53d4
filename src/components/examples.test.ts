/**
 * Every component example (src/components/<name>/examples.ts), as GOV.UK Frontend does: each is
 * rendered with Astro's Container API, its HTML validated with html-validate, and what a user must
 * see (or not) checked. A new examples.ts is picked up with no change here.
 */
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { HtmlValidate, Parser, type ConfigData } from 'html-validate';
import type { ComponentExamples } from './component-examples.ts';

type ExamplesModule = { default?: ComponentExamples; examples?: ComponentExamples };
const modules = import.meta.glob<ExamplesModule>('./*/examples.ts', { eager: true });

/** No rule is switched off: Astro's output of these fragments passes the recommended set as it is. */
const config: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // The search results list is named on purpose ("Kết quả tìm kiếm"); ARIA allows naming a list.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
  },
};
const htmlvalidate = new HtmlValidate(config);

/** Text as a user sees it: tags dropped, entities decoded, spaces collapsed. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const suites = Object.entries(modules).map(([path, mod]) => ({ path, suite: mod.default ?? mod.examples }));

describe('component examples', () => {
  it('there are examples to render', () => {
    expect(suites.length).toBeGreaterThan(0);
    for (const { path, suite } of suites) {
      expect(suite, `${path} exports no examples`).toBeDefined();
      expect(suite!.examples.length, path).toBeGreaterThan(0);
    }
  });

  for (const { path, suite } of suites) {
    describe(path.replace(/^\.\/|\/examples\.ts$/g, ''), () => {
      for (const example of suite?.examples ?? []) {
        it(example.name, async () => {
          const container = await AstroContainer.create();
          const html = await container.renderToString(suite!.component, { props: example.props });

          const report = await htmlvalidate.validateString(html, `${path}.html`);
          const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.line}:${m.column})`));
          expect(messages, 'html-validate').toEqual([]);

          const text = visibleText(html);
          for (const t of example.contains ?? []) expect(text, `contains "${t}"`).toContain(t);
          for (const t of example.lacks ?? []) expect(text, `lacks "${t}"`).not.toContain(t);

          const root = new Parser(await htmlvalidate.getConfigFor(`${path}.html`)).parseHtml(html);
          for (const s of example.has ?? []) expect(root.querySelectorAll(s).length, `has ${s}`).toBeGreaterThan(0);
          for (const s of example.hasNot ?? []) expect(root.querySelectorAll(s), `hasNot ${s}`).toEqual([]);
        });
      }
    });
  }
});
