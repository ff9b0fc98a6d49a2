/** True where the plain editor is the better editor: a finger is the main pointer. */
export const touchFirst = (): boolean => typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
