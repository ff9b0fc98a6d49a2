/**
 * Draws public/og-card.png, the 1200 × 630 picture that link previews show for every page
 * (src/components/Head.astro). Run it again after changing the card: `node scripts/og-card.mjs`.
 * It is drawn locally in Chromium from the SVG below, so the card needs no design tool and no
 * network; the PNG is committed because share previews need a raster image.
 */
import { chromium } from '@playwright/test';
import { resolveChromium } from './find-browser.mjs';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#17181c"/>
  <rect x="0" y="0" width="1200" height="12" fill="#3d4ed8"/>
  <g transform="translate(96 104) scale(4.5)">
    <rect width="32" height="32" rx="7" fill="#3d4ed8"/>
    <path d="M16 6a10 10 0 1 0 10 10" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round"/>
    <path d="M16 10v6l4 3" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round"/>
  </g>
  <text x="270" y="196" font-family="DejaVu Sans, sans-serif" font-size="88" font-weight="bold" fill="#ffffff">Async Lab</text>
  <text x="96" y="330" font-family="DejaVu Sans, sans-serif" font-size="44" fill="#e6e8f0">Learn asynchronous TypeScript</text>
  <text x="96" y="390" font-family="DejaVu Sans, sans-serif" font-size="44" fill="#e6e8f0">by running it, on a clock you can watch.</text>
  <g font-family="DejaVu Sans Mono, monospace" font-size="26" fill="#c3c8ff">
    <rect x="96" y="456" width="300" height="24" rx="4" fill="#3d4ed8"/>
    <rect x="400" y="456" width="300" height="24" rx="4" fill="#3d4ed8"/>
    <text x="740" y="477">await; await   → 2000 ms</text>
    <rect x="96" y="510" width="300" height="24" rx="4" fill="#8a94ec"/>
    <rect x="96" y="540" width="300" height="24" rx="4" fill="#8a94ec"/>
    <text x="740" y="545">Promise.all    → 1000 ms</text>
  </g>
</svg>`;

const executablePath = await resolveChromium();
const browser = await chromium.launch(executablePath ? { executablePath } : {});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(`<body style="margin:0">${svg}</body>`);
await page.screenshot({ path: new URL('../public/og-card.png', import.meta.url).pathname });
await browser.close();
console.log('public/og-card.png written');
