import { useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

/**
 * A long list that renders only the rows in view (@tanstack/react-virtual: headless, small,
 * well kept; we keep our own markup and CSS). For hundreds of programme items or thousands
 * of contacts. Rows may differ in height: they are measured after rendering.
 *
 * The scroll container gets its height from CSS (pass a className that sets height or
 * max-height, or let it fill a flex parent); `role="list"` + `role="listitem"` by default.
 */
export interface VirtualListProps<T> {
  items: readonly T[];
  getKey: (item: T, index: number) => string;
  renderItem: (item: T, index: number) => ReactNode;
  /** A typical row height in px (a guess is fine; rows are measured). */
  estimateSize?: number;
  className?: string;
  /** Names the list for screen readers. */
  ariaLabel: string;
  overscan?: number;
}

export function VirtualList<T>({
  items,
  getKey,
  renderItem,
  estimateSize = 48,
  className,
  ariaLabel,
  overscan = 8,
}: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    getItemKey: (index) => getKey(items[index] as T, index),
    overscan,
  });
  return (
    <div ref={scrollRef} className={['virtual-list', className].filter(Boolean).join(' ')}>
      <div role="list" aria-label={ariaLabel} className="virtual-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => (
          <div
            key={row.key}
            role="listitem"
            data-index={row.index}
            ref={virtualizer.measureElement}
            className="virtual-list-row"
            style={{ transform: `translateY(${row.start}px)` }}
          >
            {renderItem(items[row.index] as T, row.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
