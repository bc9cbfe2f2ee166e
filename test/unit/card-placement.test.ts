// Where the card goes: popover next to its mention, beside it on wide screens, a bottom sheet on narrow ones.
import { describe, expect, it } from 'vitest';
import { cycleIndex, isSheet, placeCard, swipeCloses } from '../../src/content/overlay/placement';

const rect = (left: number, top: number, width = 80, height = 20) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON() {} }) as DOMRect;

describe('placement', () => {
  it('narrow screens get a bottom sheet', () => {
    expect(isSheet(360)).toBe(true);
    expect(isSheet(600)).toBe(true);
    expect(isSheet(601)).toBe(false);
  });
  it('below the mention when it fits, above otherwise', () => {
    expect(placeCard(rect(100, 100), 400, 300, 1280, 800)).toEqual({ left: 100, top: 126, maxHeight: 800 - 8 - 126 });
    const p = placeCard(rect(100, 600), 400, 300, 1280, 800);
    expect(p.top + 300).toBeLessThanOrEqual(600 - 6);
  });
  it('a tall card on a mention mid-screen goes beside it at full height, never over it', () => {
    const a = rect(300, 390);
    const p = placeCard(a, 400, 560, 1280, 800);
    expect(p.left).toBeGreaterThanOrEqual(a.right);
    expect(p.maxHeight).toBeGreaterThanOrEqual(560);
    expect(p.top + Math.min(560, p.maxHeight)).toBeLessThanOrEqual(800 - 8);
    // No room beside on the right: left of the mention.
    const b = rect(1000, 390);
    const q = placeCard(b, 400, 560, 1280, 800);
    expect(q.left + 400).toBeLessThanOrEqual(b.left);
  });
  it('stays inside the viewport', () => {
    const p = placeCard(rect(1250, 10), 400, 300, 1280, 800);
    expect(p.left + 400).toBeLessThanOrEqual(1280 - 8);
    expect(placeCard(null, 400, 300, 1280, 800)).toEqual({ left: 872, top: 8, maxHeight: 784 });
  });
});

describe('sheet swipe and focus cycle', () => {
  it('a long or quick downward swipe closes; a small drag or an upward one does not', () => {
    expect(swipeCloses(120, 400)).toBe(true);
    expect(swipeCloses(40, 50)).toBe(true);
    expect(swipeCloses(40, 400)).toBe(false);
    expect(swipeCloses(10, 5)).toBe(false);
    expect(swipeCloses(-200, 100)).toBe(false);
  });
  it('Tab wraps inside the card, both ways', () => {
    expect(cycleIndex(0, 4, false)).toBe(1);
    expect(cycleIndex(3, 4, false)).toBe(0);
    expect(cycleIndex(0, 4, true)).toBe(3);
    expect(cycleIndex(-1, 4, false)).toBe(0);
    expect(cycleIndex(-1, 4, true)).toBe(3);
    expect(cycleIndex(0, 0, false)).toBe(-1);
  });
});
