/**
 * The hidden sandbox frame in a real page: what SandboxHost talks to unless a test gives it
 * another SandboxFrame.
 *
 * The frame's document is fetched by the page and given as `srcdoc`, not loaded with `src`:
 * service workers never see the navigation of a sandboxed frame, so with `src` the sandbox
 * would be the one part of the site that cannot work offline. A srcdoc frame inherits the
 * page's policy on top of its own, so the site's CSP allows the frame script's hash and blob:
 * (src/integrations/csp.mjs); the frame's own policy still forbids every request.
 */
import type { FrameToPage, PageToFrame } from './messages';

/** The page's view of a sandbox frame: messages in (with ports), messages out. */
export interface SandboxFrame {
  /**
   * Starts the frame; settles once it has said `frame-ready`. `receive` gets every message the
   * frame sends, `frame-ready` included, with the ports that came with it.
   */
  open(receive: (message: FrameToPage, ports: readonly MessagePort[]) => void): Promise<void>;
  post(message: PageToFrame): void;
  /** Removes the frame and every worker in it. */
  close(): void;
}

/** A hidden `sandbox="allow-scripts"` iframe showing the document at `url`. */
export function iframeSandbox(url: string, parent?: HTMLElement): SandboxFrame {
  let frame: HTMLIFrameElement | undefined;
  let listener: ((event: MessageEvent<FrameToPage>) => void) | undefined;
  return {
    async open(receive) {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`the sandbox document answered ${response.status}`);
      const html = await response.text();
      await new Promise<void>((resolve) => {
        const created = document.createElement('iframe');
        created.setAttribute('sandbox', 'allow-scripts');
        created.srcdoc = html;
        created.title = 'Async Lab sandbox';
        created.hidden = true;
        created.tabIndex = -1;
        created.setAttribute('aria-hidden', 'true');
        listener = (event) => {
          if (event.source !== created.contentWindow || !event.data) return;
          if (event.data.kind === 'frame-ready') resolve();
          receive(event.data, event.ports);
        };
        window.addEventListener('message', listener);
        (parent ?? document.body).append(created);
        frame = created;
      });
    },
    post(message) {
      // The frame's origin is opaque ("null"), so it cannot be named as a target; '*' is the only way.
      frame?.contentWindow?.postMessage(message, '*');
    },
    close() {
      if (listener) window.removeEventListener('message', listener);
      frame?.remove();
      frame = undefined;
    },
  };
}
