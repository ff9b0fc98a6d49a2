// @ts-check
/**
 * Import aliases, one list for every tool that resolves site code: Vite (astro.config.mjs),
 * Vitest (vitest.config.ts) and the build's native esbuild (src/build/esbuild.ts). TypeScript
 * reads its own copy in tsconfig.json's `paths`; aliases.test.ts holds the two together.
 * Paths are relative to the project's root.
 */
export const aliases = {
  /** What an exercise's check.ts imports: `import { checks } from '@lab/checks'`. */
  '@lab/checks': 'src/lab/checks/index.ts',
};

/**
 * The aliases as absolute paths under `root`.
 * @param {string} root the project's root folder, with or without a trailing slash
 * @returns {Record<string, string>}
 */
export function absoluteAliases(root) {
  const base = root.endsWith('/') ? root : `${root}/`;
  return Object.fromEntries(Object.entries(aliases).map(([name, path]) => [name, `${base}${path}`]));
}
