import type { APIRoute } from 'astro';
import { buildSandboxDocument } from '../build/sandbox-document';

/** The sandbox frame's document, built from src/lab/sandbox at build time (see sandbox-document.ts). */
export const GET: APIRoute = async () =>
  new Response(await buildSandboxDocument(process.cwd()), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
