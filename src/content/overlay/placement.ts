/** Where a card goes on screen: pure geometry, unit-tested. */

/** At or below this viewport width the card is a bottom sheet. */
const SHEET_MAX_WIDTH = 600;

/** True when the card should be a bottom sheet (narrow screens, phones). */
export function isSheet(viewportWidth: number): boolean {
  return viewportWidth <= SHEET_MAX_WIDTH;
}

/**
 * Places the card next to its anchor: below if it fits, else above; when neither side holds most of
 * it, beside the mention at full height if the screen is wide enough, else on the roomier side with
 * its height capped so it never covers the mention; clamped to the viewport.
 */
export function placeCard(anchor: DOMRect | null, w: number, h: number, vw: number, vh: number): { left: number; top: number; maxHeight: number } {
  const m = 8;
  const gap = 6;
  if (!anchor) return { left: Math.max(m, vw - w - m), top: m, maxHeight: vh - 2 * m };
  const left = Math.min(Math.max(m, anchor.left), Math.max(m, vw - w - m));
  const below = vh - m - (anchor.bottom + gap);
  const above = anchor.top - gap - m;
  if (h <= below) return { left, top: anchor.bottom + gap, maxHeight: below };
  if (h <= above) return { left, top: anchor.top - gap - h, maxHeight: above };
  // Neither side holds most of the card, but the screen is wide: beside the mention, full height.
  const full = vh - 2 * m;
  if (Math.max(below, above) < Math.min(h, 0.75 * full)) {
    const right = vw - m - (anchor.right + gap);
    const leftRoom = anchor.left - gap - m;
    if (right >= w || leftRoom >= w) {
      const top = Math.min(Math.max(m, anchor.top - 40), Math.max(m, vh - m - Math.min(h, full)));
      return { left: right >= w ? anchor.right + gap : anchor.left - gap - w, top, maxHeight: vh - m - top };
    }
  }
  if (Math.max(below, above) < 160) {
    // Mention at an edge or off screen: clamp a full-height card inside the viewport.
    return { left, top: Math.min(Math.max(m, anchor.bottom + gap), Math.max(m, vh - h - m)), maxHeight: vh - 2 * m };
  }
  if (below >= above) return { left, top: anchor.bottom + gap, maxHeight: below };
  return { left, top: m, maxHeight: above };
}

/** Distance (px) a downward swipe must travel to close the sheet, or a shorter quick flick. */
const SWIPE_CLOSE_PX = 80;
const FLICK_PX = 30;
const FLICK_SPEED = 0.6; // px per ms

/** Whether a downward drag of `dy` px over `ms` milliseconds closes the sheet. */
export function swipeCloses(dy: number, ms: number): boolean {
  if (dy >= SWIPE_CLOSE_PX) return true;
  return dy >= FLICK_PX && ms > 0 && dy / ms >= FLICK_SPEED;
}

/** The next index in a focus cycle of `n` items (Tab wraps inside an open card). */
export function cycleIndex(current: number, n: number, backwards: boolean): number {
  if (n <= 0) return -1;
  if (current < 0) return backwards ? n - 1 : 0;
  return (current + (backwards ? n - 1 : 1)) % n;
}
