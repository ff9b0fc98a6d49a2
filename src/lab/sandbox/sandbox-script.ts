/**
 * Runs a script the page sent into this worker (the recorder's, the formatter's: parts of the
 * sandbox that are not in its document, see recorder-module.ts and format-stand-in.ts) and takes
 * what it left on the global under `Symbol.for(key)` off it again. The script runs from a blob:
 * URL, which the sandbox's policy allows (only code already running can make one).
 */
export function runSandboxScript<T>(scope: object, script: string, key: string): T {
  const url = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
  try {
    importScripts(url);
  } finally {
    URL.revokeObjectURL(url);
  }
  const symbol = Symbol.for(key);
  const module = Reflect.get(scope, symbol) as T | undefined;
  Reflect.deleteProperty(scope, symbol);
  if (!module) throw new Error(`the sandbox script for ${key} defined nothing`);
  return module;
}
