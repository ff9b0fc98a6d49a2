import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { inlineScriptHashes, sitePolicy } from './csp.mjs';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the site CSP', () => {
  test('hashes executable inline scripts only', () => {
    const html = `<script>a()</script><script type="module">b()</script><script src="/x.js"></script>
      <script type="application/json">{"x":1}</script><script type="text/plain">c()</script>`;
    expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('b()')].sort());
  });

  test('names no other host and forbids plugins', () => {
    const policy = sitePolicy([sha('a()')]);
    expect(policy).not.toMatch(/https?:|\*/);
    expect(sitePolicy([], [sha('frame()')])).toContain(sha('frame()'));
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain(sha('a()'));
  });
});
