// The lint rules every package shares: typed rules from typescript-eslint, zero warnings (the
// packages run eslint with --max-warnings 0), no `any`, no suppressed type errors.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * @param {{ dir: string, env: 'node' | 'browser', ignores?: string[], nodeFiles?: string[] }} options
 */
export function baseConfig({ dir, env, ignores = [], nodeFiles = [] }) {
  return defineConfig(
    { ignores: ['dist/**', 'test-results/**', ...ignores] },
    js.configs.recommended,
    tseslint.configs.recommendedTypeChecked,
    {
      languageOptions: {
        globals: { ...globals[env] },
        parserOptions: {
          projectService: { allowDefaultProject: ['eslint.config.js'] },
          tsconfigRootDir: dir,
        },
      },
      linterOptions: { reportUnusedDisableDirectives: 'error' },
      rules: {
        '@typescript-eslint/no-explicit-any': 'error',
        '@typescript-eslint/ban-ts-comment': 'error',
        // Fastify plugins and handlers are async by contract, whether or not they await.
        '@typescript-eslint/require-await': 'off',
      },
    },
    ...(nodeFiles.length ? [{ files: nodeFiles, languageOptions: { globals: { ...globals.node } } }] : []),
    {
      files: ['**/*.js'],
      extends: [tseslint.configs.disableTypeChecked],
      languageOptions: { globals: { ...globals.node } },
    },
  );
}
