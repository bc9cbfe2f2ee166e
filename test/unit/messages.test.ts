import { describe, expect, it } from 'vitest';
import { dispatch, isMessage } from '../../src/core/messages';

describe('message contract', () => {
  it('accepts well-formed messages only', () => {
    expect(isMessage({ type: 'kc:get-status' })).toBe(true);
    expect(isMessage({ type: 'kc:open-card', id: 'kim-jong-un' })).toBe(true);
    expect(isMessage({ type: 'kc:open-card' })).toBe(false);
    expect(isMessage({ type: 'kc:lookup', text: 'x'.repeat(501) })).toBe(false);
    expect(isMessage({ type: 'toString' })).toBe(false);
    expect(isMessage({ type: '__proto__' })).toBe(false);
    expect(isMessage(null)).toBe(false);
    expect(isMessage('kc:get-status')).toBe(false);
    // A matching request may carry the page's highlight style sheet, and nothing else in its place.
    const req = { texts: ['North Korea'], options: {}, found: [], state: {} };
    expect(isMessage({ type: 'kc:match', req })).toBe(true);
    expect(isMessage({ type: 'kc:match', req, css: '::highlight(h1-a) { color: red }' })).toBe(true);
    expect(isMessage({ type: 'kc:match', req, css: 42 })).toBe(false);
    expect(isMessage({ type: 'kc:match', req, css: 'x'.repeat(20000) })).toBe(false);
    expect(isMessage({ type: 'kc:settings', settings: {} })).toBe(true);
    expect(isMessage({ type: 'kc:settings' })).toBe(false);
  });
  it('dispatches to the handler map and ignores foreign messages', async () => {
    const h = { 'kc:open-card': (m: { id: string }) => ({ ok: m.id === 'a' }) };
    expect(await dispatch(h as never, { type: 'kc:open-card', id: 'a' }, null)).toEqual({ ok: true });
    expect(dispatch(h as never, { type: 'other' }, null)).toBeUndefined();
    expect(dispatch(h as never, { type: 'kc:get-status' }, null)).toBeUndefined();
  });
});
