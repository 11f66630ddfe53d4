// @ts-check
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  { ignores: ['dist/', 'dist.*/', '.build/', '.astro/', 'node_modules/', 'tests/fixtures/', 'screenshots/'] },
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
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/data/*', '**/components/*', '**/pages/*', '**/layouts/*', 'astro:content'],
              message: 'src/checks depends on src/schemas (and src/utils) only: the data layer builds on the checks, not the other way.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/src/data/*'], message: "scripts use src/schemas and src/checks, never the site's data layer." }] },
      ],
    },
  },
);
