// @ts-check
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Every file below `dir`, recursively, as absolute paths in a stable (sorted) order: the build
 * output that the post-build integrations read.
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
export async function builtFiles(dir) {
  /** @type {string[]} */
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await builtFiles(path)));
    else found.push(path);
  }
  return found.sort();
}
