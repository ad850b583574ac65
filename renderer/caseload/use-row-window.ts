import { useCallback, useLayoutEffect, useRef, useState, type RefObject, type UIEvent } from 'react';

/** When the viewport cannot be measured (no layout, as in jsdom), assume a window about this tall. */
const fallbackViewportPx = 640;

export interface RowWindow {
  /** Put on the scrolling element. */
  viewportRef: RefObject<HTMLDivElement | null>;
  onScroll: (event: UIEvent<HTMLDivElement>) => void;
  /** First and last index (inclusive) worth rendering; `last` is -1 for an empty list. */
  first: number;
  last: number;
  rowHeight: number;
  totalHeight: number;
  /** Rows that fit in the viewport: the step of Page Up / Page Down. */
  pageSize: number;
  /** Scrolls to an offset in px (0: the top). */
  scrollTo: (offset: number) => void;
  /** Scrolls just enough to show row `index` whole. */
  scrollToIndex: (index: number) => void;
  /** Put on one rendered row: the real row height (in px, from the CSS rem height) is read from it. */
  measureRow: (element: HTMLElement | null) => void;
  /** The current scroll offset, to be restored later. */
  scrollTop: () => number;
}

/**
 * Windowing for a long list of equal-height rows: only the rows in view (plus a few either side)
 * are rendered, positioned inside a spacer as tall as the whole list. 10,000 clients cost as much
 * DOM as 30. The scroll position is kept in state as well as read from the element, so moving by
 * keyboard works even where the element cannot report it.
 */
export function useRowWindow({
  count,
  defaultRowHeight,
  overscan = 6,
  initialScrollTop = 0,
}: {
  count: number;
  defaultRowHeight: number;
  overscan?: number;
  initialScrollTop?: number;
}): RowWindow {
  const viewportRef = useRef<HTMLDivElement>(null);
  const [offset, setOffset] = useState(initialScrollTop);
  const [viewportHeight, setViewportHeight] = useState(0);
  const [rowHeight, setRowHeight] = useState(defaultRowHeight);
  const offsetRef = useRef(initialScrollTop);

  useLayoutEffect(() => {
    const element = viewportRef.current;
    if (!element) return undefined;
    element.scrollTop = offsetRef.current;
    setViewportHeight(element.clientHeight);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => setViewportHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const height = viewportHeight > 0 ? viewportHeight : fallbackViewportPx;
  const totalHeight = count * rowHeight;
  // A list that just got shorter may leave the offset past its end until the browser clamps it.
  const top = Math.max(0, Math.min(offset, totalHeight - height));
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((top + height) / rowHeight) + overscan);
  const pageSize = Math.max(1, Math.floor(height / rowHeight));

  const moveTo = useCallback((next: number) => {
    offsetRef.current = next;
    setOffset(next);
    if (viewportRef.current && viewportRef.current.scrollTop !== next) viewportRef.current.scrollTop = next;
  }, []);

  const scrollToIndex = useCallback(
    (index: number) => {
      const rowTop = index * rowHeight;
      const current = offsetRef.current;
      if (rowTop < current) moveTo(rowTop);
      else if (rowTop + rowHeight > current + height) moveTo(rowTop + rowHeight - height);
    },
    [rowHeight, height, moveTo],
  );

  const onScroll = useCallback((event: UIEvent<HTMLDivElement>) => {
    offsetRef.current = event.currentTarget.scrollTop;
    setOffset(event.currentTarget.scrollTop);
  }, []);

  const measureRow = useCallback((element: HTMLElement | null) => {
    const measured = element?.offsetHeight ?? 0;
    if (measured > 0) setRowHeight((previous) => (Math.abs(previous - measured) > 0.5 ? measured : previous));
  }, []);

  const scrollTop = useCallback(() => offsetRef.current, []);

  return { viewportRef, onScroll, first, last, rowHeight, totalHeight, pageSize, scrollTo: moveTo, scrollToIndex, measureRow, scrollTop };
}

/** The index a navigation key leads to from `current`, or undefined when the key is not one. */
export function indexForKey(key: string, current: number, count: number, pageSize: number): number | undefined {
  const clamp = (value: number) => Math.max(0, Math.min(count - 1, value));
  switch (key) {
    case 'ArrowDown':
      return clamp(current + 1);
    case 'ArrowUp':
      return clamp(current - 1);
    case 'PageDown':
      return clamp(current + pageSize);
    case 'PageUp':
      return clamp(current - pageSize);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
