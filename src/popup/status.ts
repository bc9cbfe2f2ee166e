import type { PageStatus } from '../core/messages';
import type { SiteMode } from '../core/settings/settings';
import { t, tn } from '../ui/i18n';

/**
 * The popup's one status line. The reader's own choices come first, so "Never" reads "Off on this
 * site" at once, before (or without) the page's answer; the page's report fills in the rest.
 */
export function statusText(enabled: boolean, mode: SiteMode, onPage: boolean, granted: boolean, status: PageStatus | null): string {
  if (!enabled) return t('statusGlobalOff');
  if (onPage && mode === 'off') return t('statusSiteOff');
  if (!onPage || (!status && granted)) return t('statusNoPage');
  if (!status) return t('needPermission');
  if (status.status === 'active') return status.reason === 'forced-on' ? tn('statusForced', status.entries.length) : tn('statusActive', status.entries.length);
  if (status.reason === 'site-off') return t('statusSiteOff');
  if (status.status === 'loading') return t('statusLoading');
  return t('statusIdle');
}
