/**
 * The dedicated-worker global, typed for the project's DOM-based TypeScript setup (the DOM and
 * WebWorker libs cannot both be loaded): just the members our workers use.
 */
export type WorkerSelf = typeof globalThis & {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
  location: { href: string };
  addEventListener(type: 'unhandledrejection', listener: (event: PromiseRejectionEvent) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
};
