// @ts-check
import { existsSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { lessonSlugs } from './src/lessons.mjs';
import { monacoCssOnDemand } from './src/components/runner/editor/vite-monaco-css.mjs';
import { pagefindOnIntent } from './src/components/search/pagefind-on-intent.mjs';
import { contentSecurityPolicy } from './src/integrations/csp.mjs';
import { serviceWorker } from './src/integrations/service-worker.mjs';

/** Lessons are listed in the sidebar once their English page exists. */
const writtenLessons = lessonSlugs.filter((slug) => existsSync(`./content/docs/lessons/${slug}.mdx`));

export default defineConfig({
  // Where `npm start` serves the site (used for the sitemap and canonical links).
  site: 'http://127.0.0.1:4321',
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
      },
      customCss: ['./src/styles/site.css', './src/styles/runner.css', './src/components/runner/timeline.css'],
    }),
    mdx(),
    // Order matters: the service worker's precache must see the HTML with its CSP.
    contentSecurityPolicy(),
    serviceWorker(),
  ],
  vite: {
    plugins: [monacoCssOnDemand(), pagefindOnIntent()],
  },
});
