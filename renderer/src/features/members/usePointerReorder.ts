import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';

export interface DragState {
  /** The member being dragged. */
  id: string;
  /** Where it would land (0-based index in the shown order). */
  targetIndex: number;
}

/**
 * Drag and drop of table rows by their grip, with pointer events (mouse, pen and touch alike;
 * the HTML drag-and-drop API would ghost the whole row and does not work with touch). While
 * dragging, rows show where the member would land; Esc cancels; dropping calls `onDrop`.
 *
 * Rows are found as `[data-row-id]` inside `container`; their boxes are measured once when the
 * drag starts and corrected for scrolling, so a move costs no layout.
 */
export function usePointerReorder(
  container: RefObject<HTMLElement | null>,
  onDrop: (id: string, index: number) => void,
): { drag: DragState | null; startDrag: (id: string, event: ReactPointerEvent<HTMLElement>) => void } {
  const [drag, setDrag] = useState<DragState | null>(null);
  const session = useRef<{
    id: string;
    fromIndex: number;
    mids: number[];
    scroller: HTMLElement | null;
    scrollTop0: number;
    target: number;
    cleanup: () => void;
  } | null>(null);
  const onDropRef = useRef(onDrop);
  onDropRef.current = onDrop;

  useEffect(() => () => session.current?.cleanup(), []);

  const startDrag = useCallback(
    (id: string, event: ReactPointerEvent<HTMLElement>) => {
      if (event.button !== 0 || !container.current) return;
      event.preventDefault();
      const rows = [...container.current.querySelectorAll<HTMLElement>('[data-row-id]')];
      const fromIndex = rows.findIndex((row) => row.dataset.rowId === id);
      if (fromIndex < 0) return;
      const mids = rows.map((row) => {
        const box = row.getBoundingClientRect();
        return box.top + box.height / 2;
      });
      const scroller = scrollParent(container.current);
      const handle = event.currentTarget;
      const pointerId = event.pointerId;
      handle.setPointerCapture(pointerId);

      const targetAt = (clientY: number) => {
        const s = session.current!;
        const shift = (s.scroller?.scrollTop ?? 0) - s.scrollTop0;
        const y = clientY + shift;
        // The dragged row's own midpoint does not count: the index is among the other rows.
        let index = 0;
        s.mids.forEach((mid, i) => {
          if (i !== s.fromIndex && y > mid) index++;
        });
        return index;
      };
      const onMove = (e: PointerEvent) => {
        const s = session.current;
        if (!s) return;
        autoScroll(s.scroller, e.clientY);
        const target = targetAt(e.clientY);
        if (target !== s.target) {
          s.target = target;
          setDrag({ id, targetIndex: target });
        }
      };
      const finish = (commit: boolean) => {
        const s = session.current;
        if (!s) return;
        s.cleanup();
        setDrag(null);
        if (commit && s.target !== s.fromIndex) onDropRef.current(id, s.target);
      };
      const onUp = () => finish(true);
      const onCancel = () => finish(false);
      const onKey = (e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          finish(false);
        }
      };
      handle.addEventListener('pointermove', onMove);
      handle.addEventListener('pointerup', onUp);
      handle.addEventListener('pointercancel', onCancel);
      window.addEventListener('keydown', onKey, true);
      session.current = {
        id,
        fromIndex,
        mids,
        scroller,
        scrollTop0: scroller?.scrollTop ?? 0,
        target: fromIndex,
        cleanup: () => {
          handle.removeEventListener('pointermove', onMove);
          handle.removeEventListener('pointerup', onUp);
          handle.removeEventListener('pointercancel', onCancel);
          window.removeEventListener('keydown', onKey, true);
          if (handle.hasPointerCapture(pointerId)) handle.releasePointerCapture(pointerId);
          session.current = null;
        },
      };
      setDrag({ id, targetIndex: fromIndex });
    },
    [container],
  );

  return { drag, startDrag };
}

function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let node = el.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

/** Near the top or bottom edge of the scrolling area, scroll it a little towards the pointer. */
function autoScroll(scroller: HTMLElement | null, clientY: number): void {
  if (!scroller) return;
  const box = scroller.getBoundingClientRect();
  const edge = 48;
  if (clientY < box.top + edge) scroller.scrollTop -= 12;
  else if (clientY > box.bottom - edge) scroller.scrollTop += 12;
}
