import type { APIRoute } from 'astro';
import { buildFormatterScript } from '../build/sandbox-document';

/** The console formatter, sent into run workers by the page (src/lab/sandbox/format-stand-in.ts). */
export const GET: APIRoute = async () =>
  new Response(await buildFormatterScript(process.cwd()), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
