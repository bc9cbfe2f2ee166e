/**
 * The few strings the page session says before any card loads (the live region, the briefing
 * button): named imports, so the engine bundle carries these five and not the whole UI's messages.
 */
import { briefingPill, briefingTitle, liveMention, liveNames, liveNamesOne } from '../_locales/en/messages.json';
import * as ko from '../_locales/ko/messages.json';
import { translator } from '../ui/translate';

const en = { briefingPill, briefingTitle, liveMention, liveNames, liveNamesOne };
type Key = keyof typeof en;

export const { t, tn, setLanguage } = translator<Key>({
  en,
  ko: { briefingPill: ko.briefingPill, briefingTitle: ko.briefingTitle, liveMention: ko.liveMention, liveNames: ko.liveNames, liveNamesOne: ko.liveNamesOne },
});
