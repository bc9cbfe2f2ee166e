/** The toolbar badge: how many names the active page shows. */
import browser from '../platform/browser';
import type { Handlers } from '../core/messages';
import { senderTab } from './sender';

export const badgeHandlers: Handlers = {
  'kc:status-changed': async (m, sender) => {
    const tabId = senderTab(sender);
    if (tabId === null) return { ok: false };
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#1d4ed8' }).catch(() => undefined);
    await browser.action.setBadgeText({ tabId, text: m.active && m.matches > 0 ? String(m.matches) : '' }).catch(() => undefined);
    return { ok: true };
  },
};
