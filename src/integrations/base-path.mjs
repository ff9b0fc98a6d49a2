// @ts-check
/**
 * Astro's `base` (the path the site is served under: "/" or "/async-lab/") as plain functions of
 * the base, so build-time code (integrations, in Node) and page code (src/base-path.ts, with
 * `import.meta.env.BASE_URL`) prefix paths the same way.
 */

/**
 * "/async-lab", "async-lab/", "/async-lab/" → "/async-lab/"; "", "/" → "/".
 * @param {string | undefined} base
 */
export function normalizeBase(base) {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * A site path ("/sandbox.html", "/zh/playground/", "/") under the base.
 * @param {string | undefined} base
 * @param {string} path
 */
export function joinBase(base, path) {
  return `${normalizeBase(base)}${path.replace(/^\/+/, '')}`;
}

/**
 * The site path of a URL path under the base: "/async-lab/lessons/x/" → "/lessons/x/". A path
 * outside the base comes back unchanged (it is not one of the site's).
 * @param {string | undefined} base
 * @param {string} pathname
 */
export function stripBase(base, pathname) {
  const prefix = normalizeBase(base);
  if (prefix === '/') return pathname;
  if (pathname === prefix.slice(0, -1)) return '/';
  return pathname.startsWith(prefix) ? pathname.slice(prefix.length - 1) : pathname;
}

/**
 * The service worker's cache names. Caches belong to the origin, not to the path, so two copies
 * of the site on one host (USER.github.io/a/ and /b/) must not share or delete each other's.
 * At the root the names stay what they always were.
 * @param {string | undefined} base
 */
export function cacheNames(base) {
  const prefix = normalizeBase(base);
  const scope = prefix === '/' ? '' : `@${prefix}`;
  return { precachePrefix: `async-lab-precache${scope}-`, onDemand: `async-lab-on-demand${scope}` };
}
