import type { APIRoute } from 'astro';
import { buildRecorderScript } from '../build/sandbox-document';

/** The inspector's recorder, sent into the sandbox with recording runs only (src/lab/sandbox/recorder-module.ts). */
export const GET: APIRoute = async () =>
  new Response(await buildRecorderScript(process.cwd()), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
