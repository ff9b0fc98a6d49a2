/**
 * Share links in the TypeScript Playground's format: the URL hash is `#code/` followed by
 * lz-string's `compressToEncodedURIComponent(source)`, so a link from either site opens in the
 * other. Reading tries its sources in a fixed order and falls back safely, as the Playground's
 * getInitialCode.ts does; the location is a parameter so tests need no browser.
 */
import lzString from 'lz-string';

const prefix = '#code/';

/** The hash that shares `source`. */
export function encodeShareHash(source: string): string {
  return `${prefix}${lzString.compressToEncodedURIComponent(source)}`;
}

/**
 * The code in a share hash, or undefined when the hash holds none or cannot be decoded.
 * Like the Playground, it retries once on a URI-decoded hash (some chat apps encode it again).
 */
export function decodeShareHash(hash: string): string | undefined {
  if (!hash.startsWith(prefix)) return undefined;
  const payload = hash.slice(prefix.length);
  const attempt = (text: string) => {
    const code = lzString.decompressFromEncodedURIComponent(text);
    return typeof code === 'string' && code.length > 0 ? code : undefined;
  };
  const direct = attempt(payload);
  if (direct !== undefined) return direct;
  try {
    return attempt(decodeURIComponent(payload));
  } catch {
    return undefined;
  }
}

export interface InitialCodeSources {
  location: Pick<Location, 'hash'>;
  /** The reader's last playground code, if saved. */
  saved?: string | undefined;
  fallback: string;
}

export type InitialCode = { code: string; from: 'link' | 'saved' | 'fallback' };

/** What the playground opens with: a share link first, then the saved code, then the default. */
export function initialCode({ location, saved, fallback }: InitialCodeSources): InitialCode {
  const linked = decodeShareHash(location.hash);
  if (linked !== undefined) return { code: linked, from: 'link' };
  if (saved !== undefined && saved.length > 0) return { code: saved, from: 'saved' };
  return { code: fallback, from: 'fallback' };
}

/** The clock a playground URL asks for: `?clock=real` or the default, instant. */
export function clockFromSearch(search: string): 'instant' | 'real' {
  return new URLSearchParams(search).get('clock') === 'real' ? 'real' : 'instant';
}
