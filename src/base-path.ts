/**
 * Every path the site uses goes through Astro's `base`, so the same build works at the root of a
 * host and under a prefix such as /async-lab/ (GitHub Pages project sites). Page code writes site
 * paths ("/sandbox.html", "/zh/lessons/x/") and passes them through here.
 */
import { cacheNames, joinBase, stripBase } from './integrations/base-path.mjs';

const base = import.meta.env.BASE_URL;

/** "/sandbox.html" → "/async-lab/sandbox.html" when built with `--base /async-lab/`. */
export const withBase = (path: string): string => joinBase(base, path);

/** "/async-lab/lessons/x/" → "/lessons/x/": the site path of a URL path on this site. */
export const withoutBase = (pathname: string): string => stripBase(base, pathname);

/** The service worker's cache names for this build's base (see service-worker.mjs). */
export const swCaches = cacheNames(base);
