import { useEffect } from 'react';

const MOVES: Record<string, 'previous' | 'next' | 'first' | 'last'> = {
  ArrowLeft: 'previous',
  PageUp: 'previous',
  ArrowRight: 'next',
  PageDown: 'next',
  Home: 'first',
  End: 'last',
};

/** Whether a key press belongs to a field being typed in rather than to the viewer. */
export const isTyping = (event: KeyboardEvent): boolean =>
  event.target instanceof HTMLElement && event.target.closest('input, textarea, [contenteditable="true"]') !== null;

/** ← → (and Page Up/Down, Home, End) move through the pages, unless the officer is typing. */
export const usePageKeys = (pageNo: number, pageCount: number, onPage: (pageNo: number) => void) => {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const move = MOVES[event.key];
      if (!move || pageCount === 0 || isTyping(event) || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      onPage({ previous: pageNo - 1, next: pageNo + 1, first: 1, last: pageCount }[move]);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pageNo, pageCount, onPage]);
};
