/** What can carry properties, a `then` among them: an object or a function (the recorder's modules). */
export const isObject = (value: unknown): value is object => (typeof value === 'object' && value !== null) || typeof value === 'function';
