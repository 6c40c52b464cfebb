// Lint (run first by `npm test`): ESLint's and typescript-eslint's recommended rules for TypeScript, Astro's for
// .astro files, nothing that Prettier formats (eslint-config-prettier turns those rules off).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', '.astro/', 'node_modules/', 'tmp/', 'test-results/', 'reports/', 'tests/fixtures/', 'public/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // An unused name is dead code, except a leading underscore that says "required by the signature".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Scripts that run in the browser: the reader's, and the CMS's at /admin/.
    files: ['src/**/*.astro', 'src/scripts/**/*.ts', 'src/cms/browser/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
);
