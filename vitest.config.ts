import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Exercises' check.ts import their helpers as "@lab/checks" (tsconfig.json has the same path).
  resolve: { alias: { '@lab/checks': fileURLToPath(new URL('./src/lab/checks/index.ts', import.meta.url)) } },
  test: {
    include: ['src/**/*.test.ts', 'content/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
