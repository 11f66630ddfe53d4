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
);
