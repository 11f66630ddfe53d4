/**
 * The lint rules that keep the architecture: components import only types from src/data/ (pages
 * hand them view models), the checks never import the data layer, and scripts never import src/data/.
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

  it('no component is exempt, the report’s MDX components included; only examples (test input) may build props from data', async () => {
    const value = "import { findSection } from '../data/report.ts';\nconst x = findSection;";
    expect(await ruleErrors(astro(value), 'src/components/ReformChart.astro')).toHaveLength(1);
    expect(await ruleErrors(astro(value), 'src/components/report/DataTable.astro')).toHaveLength(1);
    expect(await ruleErrors(astro(value), 'src/components/LifeEventPage.astro')).toHaveLength(1);
    const example = "import { reportModel } from '../../data/report.ts';\nexport const x = reportModel;\n";
    expect(await ruleErrors(example, 'src/components/chart/examples.ts')).toEqual([]);
  });

  it('pages may import data modules: they are where view models are made', async () => {
    const code = "import { homePage } from '../data/lists.ts';\nconst x = homePage;";
    expect(await ruleErrors(astro(code), 'src/pages/example.astro')).toEqual([]);
  });
});

describe('data flows one way: content -> checks -> data -> page -> component', { timeout: 60_000 }, () => {
  it('the checks may not import the data layer, components, pages or astro:content', async () => {
    for (const spec of ['../data/content.ts', '../components/x.ts', '../pages/x.ts', 'astro:content']) {
      expect(await ruleErrors(`import { x } from '${spec}';\nexport const y = x;\n`, 'src/checks/example.ts'), spec).toHaveLength(1);
    }
    expect(await ruleErrors("import { z } from '../schemas/common.ts';\nexport const y = z;\n", 'src/checks/example.ts')).toEqual([]);
  });

  it('scripts may use the checks but never the site’s data layer', async () => {
    expect(await ruleErrors("import { x } from '../src/data/content.ts';\nexport const y = x;\n", 'scripts/example.ts')).toHaveLength(1);
    expect(
      await ruleErrors(
        "import { readContent } from '../src/checks/read-content.ts';\nexport const y = readContent;\n",
        'scripts/example.ts',
      ),
    ).toEqual([]);
  });
});
