import { useLayoutEffect, type RefObject } from 'react';

/**
 * Popovers (the HTML popover attribute) live in the browser's top layer, so a dropdown inside a
 * scrolling dialog or table is never clipped and needs no z-index. They are positioned with
 * fixed coordinates set through the CSSOM (which the CSP allows): below the anchor, or above
 * when there is no room below.
 */
export interface PlaceOptions {
  align?: 'start' | 'end';
  matchWidth?: boolean;
}

export function placePopover(anchorEl: HTMLElement, el: HTMLElement, { align = 'start', matchWidth = false }: PlaceOptions = {}): void {
  const rect = anchorEl.getBoundingClientRect();
  if (matchWidth) el.style.width = `${rect.width}px`;
  const height = el.offsetHeight;
  const width = el.offsetWidth;
  const gap = 4;
  const below = window.innerHeight - rect.bottom - gap;
  const top = height > below && rect.top > below ? Math.max(gap, rect.top - height - gap) : rect.bottom + gap;
  let left = align === 'end' ? rect.right - width : rect.left;
  left = Math.min(Math.max(gap, left), window.innerWidth - width - gap);
  el.style.top = `${Math.round(top)}px`;
  el.style.left = `${Math.round(left)}px`;
}

/** Keep a popover placed next to its anchor while it is open (window resizes, scrolling). */
export function followAnchor(anchorEl: HTMLElement, el: HTMLElement, options: PlaceOptions = {}): () => void {
  const place = () => placePopover(anchorEl, el, options);
  place();
  window.addEventListener('resize', place);
  window.addEventListener('scroll', place, true);
  return () => {
    window.removeEventListener('resize', place);
    window.removeEventListener('scroll', place, true);
  };
}

/** Show `popover` next to `anchor` while `open` (for popover="manual" elements React controls). */
export function useAnchoredPopover(
  open: boolean,
  anchor: RefObject<HTMLElement | null>,
  popover: RefObject<HTMLElement | null>,
  { align = 'start', matchWidth = false }: PlaceOptions = {},
): void {
  useLayoutEffect(() => {
    const el = popover.current;
    const anchorEl = anchor.current;
    if (!el || !anchorEl) return;
    if (!open) {
      if (el.matches(':popover-open')) el.hidePopover();
      return;
    }
    if (!el.matches(':popover-open')) el.showPopover();
    return followAnchor(anchorEl, el, { align, matchWidth });
  }, [open, anchor, popover, align, matchWidth]);
}
