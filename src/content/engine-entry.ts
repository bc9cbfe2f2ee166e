/**
 * The engine bundle, injected by the background into a page that passed the sentinel's cheap test.
 * It owns at most one page session at a time and answers content messages.
 */
import { native as browser } from '../platform/native';
import { preVerdict } from '../core/activation';
import { dispatch, type Handlers } from '../core/messages';
import type { DetectReply, MatchReply, MatchService } from '../core/matching/service';
import { siteMode, type Settings } from '../core/settings/settings';
import { loaded, provide, whenLoaded } from './handoff';
import { PageSession } from './session';

/** Asks the background; a refusal (null) is an error, so the session leaves the page untouched. */
async function ask<T>(type: 'kc:detect' | 'kc:match', req: object, extra: object = {}): Promise<T> {
  const r = (await browser.runtime.sendMessage({ type, req, ...extra })) as T | null;
  if (!r) throw new Error(`${type}: no answer from the background`);
  return r;
}

/** The highlight style sheet waiting to go with the next matching request. */
let pendingCss: string | null = null;

/** Detection and matching run in the background, which holds the alias index. */
const service: MatchService = {
  detect: (req, css) => ask<DetectReply>('kc:detect', req, css ? { css } : {}),
  match(req) {
    const css = pendingCss;
    pendingCss = null;
    return ask<MatchReply>('kc:match', req, css ? { css } : {});
  },
};

function style(css: string, remove: boolean): void {
  if (!remove) pendingCss = css;
  else if (pendingCss === css) pendingCss = null;
  else void browser.runtime.sendMessage({ type: 'kc:css', css, remove }).catch(() => undefined);
}

let uiRequested: Promise<unknown> | null = null;
let cardsRequested: Promise<unknown> | null = null;
const deps = {
  service,
  send: (msg: object) => browser.runtime.sendMessage(msg),
  style,
  loadUi() {
    uiRequested ??= browser.runtime.sendMessage({ type: 'kc:inject', what: 'ui' });
    return whenLoaded('ui');
  },
  loadCards() {
    cardsRequested ??= browser.runtime.sendMessage({ type: 'kc:inject', what: 'cards' });
    return whenLoaded('cards').then((m) => m.corpus);
  },
  // The page's own language list, not `i18n.getUILanguage()`: the same answer for "auto" in practice,
  // without setting up the i18n API in the page.
  uiLanguage: () => navigator.language,
  restart: () => restart(),
};

let settings: Settings | null = null;
let session: PageSession | null = null;

function startSession(s: Settings, lookupOnly = false): PageSession {
  const next = new PageSession(s, deps, lookupOnly);
  session = next;
  void next.start();
  return next;
}

function restart(): void {
  session?.stop();
  session = null;
  if (settings && preVerdict(settings.enabled, siteMode(settings, location.hostname)) !== 'off') startSession(settings);
}

/** A session for a look-up or card the reader asked for, even on a page we are not active on. */
function sessionForReader(): PageSession | null {
  if (session) return session;
  if (!settings) return null;
  return startSession(settings, true);
}

const handlers: Handlers = {
  'kc:get-status': () =>
    session?.status() ?? {
      status: 'off',
      reason: settings?.enabled === false ? 'global-off' : 'site-off',
      host: location.hostname,
      origin: location.origin,
      matches: 0,
      entries: [],
    },
  'kc:open-card': async (m) => ({ ok: (await sessionForReader()?.openFromPopup(m.id)) ?? false }),
  'kc:open-briefing': async () => ({ ok: (await session?.openBriefing()) ?? false }),
  'kc:lookup': async (m) => {
    const n = (await sessionForReader()?.lookup(m.text)) ?? 0;
    return { ok: true, found: n };
  },
  'kc:step': (m) => ({ ok: session?.step(m.dir) ?? false }),
};

// Injected a second time (two requests for the gate and engine crossed), the first engine stays:
// it owns the page's session, and a second would paint a second one.
if (!loaded('engine'))
  provide('engine', {
    apply(s) {
      settings = s;
      if (preVerdict(s.enabled, siteMode(s, location.hostname)) === 'off') {
        session?.stop();
        session = null;
      } else if (!session || !session.update(s)) restart();
    },
    handle: (msg) => dispatch(handlers, msg, null),
  });
