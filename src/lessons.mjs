// @ts-check
/**
 * The lesson order, in one place: the sidebar (astro.config.mjs), the home page list and
 * the prev/next links all follow it. A slug whose page is not written yet is skipped, so the
 * plan can list all sixteen lessons before they exist.
 */
export const lessonSlugs = /** @type {const} */ ([
  'why-async',
  'event-loop',
  'async-functions',
  'at-the-same-time',
  'many-requests',
  'never-block',
  'cancellation',
  'timeouts',
  'cpu-work',
  'not-faster',
  'semaphore',
  'queues',
  'errors',
  'streams',
  'retries',
  'summary',
]);
