/** Event handlers that act only on the reader's own input (release builds ignore scripted events). */
import { fromReader } from '../build-flags';

/** Wraps a handler so it runs only for events the reader caused. */
export function reader<E extends Event>(fn: (e: E) => void): (e: E) => void {
  return (e: E) => {
    if (fromReader(e)) fn(e);
  };
}

/** True when a key event comes from a text field (keys there belong to typing). */
export function inTextField(e: Event): boolean {
  const el = e.target as HTMLElement | null;
  return !!el && (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' || el.isContentEditable);
}
