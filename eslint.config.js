// @ts-check
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

/**
 * One import restriction, with the reason developers see in the message.
 * @param {Array<Record<string, unknown>>} patterns
 * @returns {import('eslint').Linter.RulesRecord}
 */
const restrict = (patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist', 'dist/', 'dist.*/', '.build/', '.astro/', 'node_modules/', 'tests/fixtures/', 'screenshots/'] },
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-strict'],
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Data flows one way: content -> checks -> data -> page -> component.
  {
    files: ['src/checks/**/*.ts'],
    rules: restrict([
      {
        group: ['**/data/*', '**/components/*', '**/pages/*', '**/layouts/*', 'astro:content'],
        message: 'src/checks depends on src/schemas (and src/utils) only: the data layer builds on the checks, not the other way.',
      },
    ]),
  },
  {
    files: ['scripts/**/*.ts'],
    rules: restrict([{ group: ['**/src/data/*'], message: "scripts use src/schemas and src/checks, never the site's data layer." }]),
  },
  {
    // Components render props: data reaches them from pages, never by importing a data module.
    // An examples.ts is a test input (props a page could pass), so it may build them from data.
    files: ['src/components/**/*.ts', 'src/components/**/*.astro'],
    ignores: ['src/components/**/examples.ts', '**/*.test.ts'],
    rules: restrict([
      {
        regex: '(^|/)data/',
        allowTypeImports: true,
        message:
          'Components render props: import only types from src/data/ and let the page pass the view model. Pure helpers a client script needs live in the component folder.',
      },
    ]),
  },
  {
    // Small files and functions: a newcomer reads one concern at a time.
    files: ['src/**/*.ts', 'src/**/*.astro', 'scripts/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
);
