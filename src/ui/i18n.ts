/**
 * UI strings in English and Korean, from the same _locales files the browser
 * reads, so the language setting can override the browser's own locale.
 */
import en from '../_locales/en/messages.json';
import ko from '../_locales/ko/messages.json';
import { translator } from './translate';

export type MessageKey = keyof typeof en;

export const { t, tn, setLanguage, language } = translator<MessageKey>({ en, ko });
