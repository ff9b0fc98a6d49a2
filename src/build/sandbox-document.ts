/**
 * Builds the sandbox frame's HTML at build time: the frame script inline (allowed by its hash),
 * the run worker's boot program as inert text (the frame turns it into a blob worker; its console
 * formatter and the inspector's recorder are scripts of their own, built here too and sent by the
 * page when a run needs them: src/lab/sandbox/format-stand-in.ts, recorder-module.ts), and a
 * Content-Security-Policy that lets code start blob workers and nothing else: no requests of
 * any kind (`connect-src 'none'`), no scripts from any URL, not even the site's own.
 *
 * The page puts this document into the frame as `srcdoc` (see sandbox-host.ts), so the site's own
 * policy applies on top of this one: what runs here must be allowed by both.
 *
 * Runs in Node during `astro build` (and `astro dev`), with native esbuild (esbuild.ts).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Plugin } from 'esbuild';
import { bundleScript } from './esbuild';

/** The policy of the sandbox document; workers started from it inherit it. */
export function sandboxPolicy(frameScriptHash: string): string {
  return [
    "default-src 'none'",
    `script-src 'sha256-${frameScriptHash}' blob:`,
    'worker-src blob:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The inspector's recorder as a script of its own (src/lab/sandbox/recorder-module.ts): served
 * beside the sandbox document, fetched by the page on the first recording run only.
 * @param root the project's root folder (where src/ is)
 */
export function buildRecorderScript(root: string): Promise<string> {
  return bundleScript(join(root, 'src', 'lab', 'sandbox', 'recorder-entry.ts'));
}

/**
 * The console formatter (a port of Node's util.inspect) as a script of its own, served beside the
 * sandbox document and sent to run workers by the page (src/lab/sandbox/format-stand-in.ts).
 * @param root the project's root folder (where src/ is)
 */
export function buildFormatterScript(root: string): Promise<string> {
  return bundleScript(join(root, 'src', 'lab', 'sandbox', 'formatter-entry.ts'));
}

/** In the run worker's bundle, `format/inspect` is the stand-in that waits for the formatter's script. */
const formatterStandIn = (dir: string): Plugin => ({
  name: 'async-lab:formatter-stand-in',
  setup(build) {
    build.onResolve({ filter: /\/format\/inspect$/ }, () => ({ path: join(dir, 'format-stand-in.ts') }));
  },
});

/** @param root the project's root folder (where src/ is) */
export async function buildSandboxDocument(root: string): Promise<string> {
  const dir = join(root, 'src', 'lab', 'sandbox');
  const [frameScript, bootScript] = await Promise.all([bundleScript(join(dir, 'frame.ts')), bundleScript(join(dir, 'boot.ts'), [formatterStandIn(dir)])]);
  const hash = createHash('sha256').update(frameScript).digest('base64');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${sandboxPolicy(hash)}">
<title>Async Lab sandbox</title>
</head>
<body>
<script type="text/plain" id="boot">${bootScript}</script>
<script>${frameScript}</script>
</body>
</html>
`;
}
