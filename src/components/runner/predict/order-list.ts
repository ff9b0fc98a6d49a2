/**
 * The reorderable list of an order question: each line has Move up / Move down buttons (the
 * keyboard path: focus stays on the pressed button, so pressing again keeps moving the same
 * line) and a grip to drag it with a mouse, pen or finger. Every move is announced.
 */
export interface OrderListOptions {
  announce(message: string): void;
  /** Announcement texts, already in the page's language. */
  words: { moved(line: string, position: number, total: number): string; atTop: string; atBottom: string };
}

export class OrderList {
  constructor(
    private readonly list: HTMLElement,
    private readonly options: OrderListOptions,
  ) {
    list.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-move]');
      const item = button?.closest<HTMLElement>('[data-lab="predict-item"]');
      if (button && item) this.move(item, button.dataset.move === 'up' ? -1 : 1);
    });
    list.addEventListener('pointerdown', (event) => this.drag(event));
  }

  private items(): HTMLElement[] {
    return [...this.list.querySelectorAll<HTMLElement>(':scope > [data-lab="predict-item"]')];
  }

  /** The lines in the reader's current order. */
  lines(): string[] {
    return this.items().map((item) => item.dataset.line ?? '');
  }

  private move(item: HTMLElement, by: -1 | 1): void {
    const items = this.items();
    const from = items.indexOf(item);
    const to = from + by;
    if (to < 0) return this.options.announce(this.options.words.atTop);
    if (to >= items.length) return this.options.announce(this.options.words.atBottom);
    // The neighbour moves, never the line itself: taking a focused element out of the document,
    // even for an instant, drops the reader's focus.
    this.list.insertBefore(items[to]!, by < 0 ? item.nextElementSibling : item);
    this.announceMove(item);
  }

  private announceMove(item: HTMLElement): void {
    const items = this.items();
    this.options.announce(this.options.words.moved(item.dataset.line ?? '', items.indexOf(item) + 1, items.length));
  }

  private drag(event: PointerEvent): void {
    const grip = (event.target as Element).closest<HTMLElement>('[data-lab="grip"]');
    const item = grip?.closest<HTMLElement>('[data-lab="predict-item"]');
    if (!grip || !item || event.button !== 0) return;
    event.preventDefault();
    grip.setPointerCapture(event.pointerId);
    item.dataset.dragging = '';
    const startOrder = this.lines().join('\n');
    const middle = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.top + box.height / 2;
    };
    const onMove = (move: PointerEvent) => {
      // Neighbours the pointer has passed swap round the dragged line (which itself stays in the
      // document: moving it would release the pointer capture).
      let previous = item.previousElementSibling;
      while (previous && move.clientY < middle(previous)) {
        this.list.insertBefore(previous, item.nextElementSibling);
        previous = item.previousElementSibling;
      }
      let next = item.nextElementSibling;
      while (next && move.clientY > middle(next)) {
        this.list.insertBefore(next, item);
        next = item.nextElementSibling;
      }
    };
    const onEnd = () => {
      grip.removeEventListener('pointermove', onMove);
      grip.removeEventListener('pointerup', onEnd);
      grip.removeEventListener('pointercancel', onEnd);
      delete item.dataset.dragging;
      if (this.lines().join('\n') !== startOrder) this.announceMove(item);
    };
    grip.addEventListener('pointermove', onMove);
    grip.addEventListener('pointerup', onEnd);
    grip.addEventListener('pointercancel', onEnd);
  }
}
