import { defineConfig } from 'vitest/config';
import { absoluteAliases } from './src/build/aliases.mjs';

export default defineConfig({
  resolve: { alias: absoluteAliases(new URL('.', import.meta.url).pathname) },
  test: {
    include: ['src/**/*.test.ts', 'content/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/i18n/testing/page-strings-setup.ts'],
  },
});
