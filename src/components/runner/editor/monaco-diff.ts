/** The solution diff of an exercise: Monaco's diff editor, read-only, growing with its content. */
import { COMMON_OPTIONS, editorIsUsable, followStarlightTheme, starlightTheme } from './monaco-setup';
import * as monaco from 'monaco-editor/editor';
import { focusNextAfter, listenForEscape } from './monaco-focus';
import { editorHeight } from './metrics';

export interface DiffHandle {
  dispose(): void;
}

/** Accessible names of the two sides of a diff (defaults: the diff's ariaLabel). */
export interface DiffLabels {
  original: string;
  modified: string;
}

/** Below this width (px) the diff is shown inline instead of side by side. */
const DIFF_INLINE_BREAKPOINT = 700;

let diffCount = 0;

/** Read-only side-by-side (or inline on narrow screens) diff: the reader's code vs the solution. */
export function createDiff(host: HTMLElement, original: string, modified: string, ariaLabel: string, labels?: DiffLabels): DiffHandle {
  followStarlightTheme();
  const id = ++diffCount;
  const originalModel = monaco.editor.createModel(original, 'typescript', monaco.Uri.parse(`file:///__diff/${id}/yours.ts`));
  const modifiedModel = monaco.editor.createModel(modified, 'typescript', monaco.Uri.parse(`file:///__diff/${id}/solution.ts`));

  const container = document.createElement('div');
  container.className = 'al-monaco al-monaco-diff';
  container.setAttribute('role', 'group');
  container.setAttribute('aria-label', ariaLabel);
  const lines = Math.max(originalModel.getLineCount(), modifiedModel.getLineCount());
  container.style.height = `${editorHeight(lines)}px`;
  host.append(container);

  const diff = monaco.editor.createDiffEditor(container, {
    ...COMMON_OPTIONS,
    theme: starlightTheme(),
    readOnly: true,
    domReadOnly: true,
    originalEditable: false,
    originalAriaLabel: labels?.original ?? ariaLabel,
    modifiedAriaLabel: labels?.modified ?? ariaLabel,
    renderSideBySide: true,
    useInlineViewWhenSpaceIsLimited: true,
    renderSideBySideInlineBreakpoint: DIFF_INLINE_BREAKPOINT,
    enableSplitViewResizing: false,
    renderOverviewRuler: false,
    renderMarginRevertIcon: false,
    renderGutterMenu: false,
    hideUnchangedRegions: { enabled: false },
    renderLineHighlight: 'none',
    folding: false,
    hover: { enabled: 'on', delay: 300 },
  });
  diff.setModel({ original: originalModel, modified: modifiedModel });
  editorIsUsable();

  // Both sides are padded with view zones to the same height; inline mode puts the removed lines
  // into the modified side. The diff shows everything: no maxLines.
  const sides = [diff.getOriginalEditor(), diff.getModifiedEditor()];
  const fit = (): void => {
    const height = Math.max(...sides.map((side) => side.getContentHeight()));
    if (container.style.height !== `${height}px`) {
      container.style.height = `${height}px`;
      diff.layout();
    }
  };
  const disposables: monaco.IDisposable[] = [
    ...sides.map((side) => side.onDidContentSizeChange((e) => e.contentHeightChanged && fit())),
    diff.onDidUpdateDiff(fit),
    listenForEscape(host, container, () => focusNextAfter(host)),
  ];

  let disposed = false;
  return {
    dispose(): void {
      if (disposed) return;
      disposed = true;
      for (const d of disposables) d.dispose();
      diff.dispose();
      originalModel.dispose();
      modifiedModel.dispose();
      container.remove();
    },
  };
}
