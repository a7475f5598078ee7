import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** A layer may import the layers listed, and itself unless `self` is false. */
function layer(type, below, self = true) {
  return {
    from: { element: { type } },
    allow: { to: { element: { types: { anyOf: self ? [type, ...below] : below } } } },
  };
}

export default defineConfig(
  {
    ignores: ['dist', 'screenshots', 'coverage', 'tmp', 'node_modules', 'docs'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.browser,
    },
    // Units one can hold in one's head: a file over 400 lines or a function (a component, a
    // callback) over 80 is split into named parts.
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  // Layers, lowest first: lib ← data ← model (and curation) ← state ← components ← features ← app. A layer
  // imports only from layers below it; a feature never imports another feature.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      'boundaries/elements': [
        { type: 'lib', pattern: 'src/lib' },
        { type: 'data', pattern: 'src/data' },
        { type: 'model', pattern: 'src/model' },
        { type: 'state', pattern: 'src/state' },
        // Pure curation logic (drafting an engagement from an article): no React, like model.
        { type: 'curation', pattern: 'src/curation' },
        { type: 'components', pattern: 'src/components' },
        { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
        { type: 'app', pattern: 'src/app' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            { from: { element: { type: 'lib' } }, allow: { to: { element: { type: 'lib' } } } },
            layer('data', ['lib']),
            layer('model', ['lib', 'data']),
            layer('curation', ['lib', 'data', 'model']),
            layer('state', ['lib', 'data', 'model', 'curation']),
            layer('components', ['lib', 'data', 'model', 'state']),
            layer('feature', ['lib', 'data', 'model', 'curation', 'state', 'components'], false),
            // …and its own folder, never another feature's.
            {
              from: { element: { type: 'feature' } },
              allow: {
                to: {
                  element: {
                    type: 'feature',
                    captured: { feature: '{{ from.element.captured.feature }}' },
                  },
                },
              },
            },
            layer('app', ['lib', 'data', 'model', 'curation', 'state', 'components', 'feature']),
            // Packages from node_modules are not a layer of ours.
            { allow: { to: { module: { origin: 'external' } } } },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts,mts}', 'tests/**/*.{ts,tsx}', '*.{js,mjs,ts}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.node,
    },
  },
  {
    // Classic scripts the page loads as they are (public/boot.js).
    files: ['public/**/*.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'script',
      globals: globals.browser,
    },
  },
  {
    files: ['tests/components/**/*.{ts,tsx}', 'tests/setup/**/*.ts'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text as text.',
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
);
