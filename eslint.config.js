import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/results/**', '.tmp/**', 'dev-dist/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only', message: 'focused tests hide the rest of the suite' },
        { object: 'describe', property: 'only', message: 'focused tests hide the rest of the suite' },
        { object: 'test', property: 'only', message: 'focused tests hide the rest of the suite' },
      ],
    },
  },
  {
    // shared/ runs in the browser and in Node: neither may leak in.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'os', 'ws', 'dockerode', 'lit', 'lit/*'] }],
    },
  },
  {
    // The relay's core knows nothing of Docker clients, HTTP frameworks or sockets.
    files: ['relay/store/**/*.ts', 'relay/hub/**/*.ts', 'relay/mirror/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['dockerode', 'hono', 'hono/*', '@hono/*', 'ws', '**/docker/*', '**/server/*'] }],
    },
  },
  {
    files: ['bench/**/*.ts', 'tests/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
