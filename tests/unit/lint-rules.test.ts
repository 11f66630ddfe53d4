/**
 * The lint rules that keep the architecture: components import only types from src/data/ (pages
 * hand them view models), and the report components are the one temporary exception.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { ROOT } from '../content-fixtures.ts';

const RULE = '@typescript-eslint/no-restricted-imports';
const eslint = new ESLint({ cwd: ROOT });

async function ruleErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === RULE && m.severity === 2).map((m) => m.message);
}

const astro = (frontmatter: string) => `---\n${frontmatter}\n---\n\n<p>{String(x)}</p>\n`;

// ESLint loads the Astro parser on first use: slow on a busy machine.
describe('components render props and import only types from src/data/', { timeout: 60_000 }, () => {
  it('a value import from a data module in a component is an error, in .astro and .ts alike', async () => {
    const value = "import { procedureView } from '../data/procedures.ts';\nconst x = procedureView;";
    expect(await ruleErrors(astro(value), 'src/components/Example.astro')).toHaveLength(1);
    expect(await ruleErrors(`${value}\nexport default x;\n`, 'src/components/example/example.ts')).toHaveLength(1);
    const deep = "import { byId } from '../../data/by-id.ts';\nexport const x = byId;\n";
    expect(await ruleErrors(deep, 'src/components/checklist/example.ts')).toHaveLength(1);
  });

  it('a type import from a data module is allowed', async () => {
    const types = "import type { ProcedureView } from '../data/procedures.ts';\nconst x: ProcedureView | undefined = undefined;";
    expect(await ruleErrors(astro(types), 'src/components/Example.astro')).toEqual([]);
    expect(await ruleErrors(`${types}\nexport default x;\n`, 'src/components/example/example.ts')).toEqual([]);
  });

  it('values from i18n, utils and other components stay allowed', async () => {
    const code = "import { ui } from '../i18n/vi.ts';\nimport { routes } from '../utils/routes.ts';\nconst x = [ui, routes];";
    expect(await ruleErrors(astro(code), 'src/components/Example.astro')).toEqual([]);
  });

  it('only the report components are exempt, until their view models land', async () => {
    const value = "import { findSection } from '../data/report.ts';\nconst x = findSection;";
    expect(await ruleErrors(astro(value), 'src/components/ReformChart.astro')).toEqual([]);
    expect(await ruleErrors(astro(value), 'src/components/LifeEventPage.astro')).toHaveLength(1);
  });

  it('pages may import data modules: they are where view models are made', async () => {
    const code = "import { homePage } from '../data/lists.ts';\nconst x = homePage;";
    expect(await ruleErrors(astro(code), 'src/pages/example.astro')).toEqual([]);
  });
});
