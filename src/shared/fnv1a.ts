/**
 * FNV-1a, 32 bit: a fast, stable fingerprint of text (ids, saved-work keys), not a security hash.
 * Feed it several strings to hash their concatenation.
 */
export function fnv1a(...parts: string[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) hash = Math.imul(hash ^ part.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}
