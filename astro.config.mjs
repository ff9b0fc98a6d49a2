// @ts-check
import { existsSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { lessonSlugs } from './src/lessons.mjs';
import { monacoCssOnDemand } from './src/components/runner/editor/vite-monaco-css.mjs';
import { monacoWorkersWithoutContributions } from './src/components/runner/editor/vite-monaco-workers.mjs';
import { pagefindOnIntent } from './src/components/search/pagefind-on-intent.mjs';
import { contentSecurityPolicy } from './src/integrations/csp.mjs';
import { serviceWorker } from './src/integrations/service-worker.mjs';
import { absoluteAliases } from './src/build/aliases.mjs';
import { baseLinks } from './src/integrations/base-links.mjs';

/** Lessons are listed in the sidebar once their English page exists. */
const writtenLessons = lessonSlugs.filter((slug) => existsSync(`./content/docs/lessons/${slug}.mdx`));

export default defineConfig({
  // The site's public URL (canonical links, the sitemap, Open Graph) and the path it is served
  // under. Defaults: where `npm start` serves it. A deploy sets them with `astro build --site
  // https://example.org --base /async-lab/` or with SITE and BASE_PATH (README, "Deploy").
  site: process.env.SITE || 'http://127.0.0.1:4321',
  base: process.env.BASE_PATH || '/',
  integrations: [
    starlight({
      title: 'Async Lab',
      description: 'Learn asynchronous TypeScript by running it: the event loop, promises, concurrency and workers.',
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        zh: { label: '简体中文', lang: 'zh-CN' },
      },
      markdown: { processedDirs: ['./content/docs/'] },
      // src/pages/404.astro: one not-found page in both languages (Starlight's shows one).
      disable404Route: true,
      sidebar: [
        { label: 'Start here', translations: { 'zh-CN': '从这里开始' }, link: '/' },
        {
          label: 'Lessons',
          translations: { 'zh-CN': '课程' },
          items: writtenLessons.map((slug) => `lessons/${slug}`),
        },
        { label: 'Playground', translations: { 'zh-CN': '练习场' }, link: '/playground/' },
      ],
      components: {
        Sidebar: './src/components/Sidebar.astro',
        Search: './src/components/Search.astro',
        Footer: './src/components/Footer.astro',
        Head: './src/components/Head.astro',
      },
      customCss: [
        './src/styles/site.css',
        './src/styles/runner.css',
        './src/components/runner/timeline.css',
        // inspector/inspector.css loads with Step through's chunk (runner/step-through-chunk.ts).
      ],
    }),
    mdx(),
    // Order matters: the service worker's precache must see the HTML with its final links and CSP.
    baseLinks(),
    contentSecurityPolicy(),
    serviceWorker(),
  ],
  vite: {
    plugins: [monacoCssOnDemand(), monacoWorkersWithoutContributions(), pagefindOnIntent()],
    resolve: { alias: absoluteAliases(new URL('.', import.meta.url).pathname) },
  },
});
