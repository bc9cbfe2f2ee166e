import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { CardAccount, CardModel, CardSource } from '../core/cards/card-model';
import type { RoleLine, PersonRoles } from '../core/cards/person';
import type { ProvisionLine } from '../core/cards/provisions';
import { needsClamp } from '../core/cards/text';
import { reader } from './guard';
import { t, tn, type MessageKey } from './i18n';

let seq = 0;
/** A stable id for aria-controls within one card render tree. */
function useId(prefix: string): string {
  const [id] = useState(() => `kc-${prefix}-${++seq}`);
  return id;
}

/** A heading-like toggle that shows or hides its content (kept in the DOM, hidden when closed). */
function Disclosure({ label, children, class: cls }: { label: string; children: ComponentChildren; class?: string }) {
  const [open, setOpen] = useState(false);
  const id = useId('d');
  return (
    <div class={cls ? `kc-disclosure ${cls}` : 'kc-disclosure'}>
      <h3>
        <button type="button" class="kc-disclose" aria-expanded={open ? 'true' : 'false'} aria-controls={id} onClick={reader(() => setOpen(!open))}>
          <span class="kc-caret" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>{' '}
          {label}
        </button>
      </h3>
      <div id={id} hidden={!open}>
        {children}
      </div>
    </div>
  );
}

const roleText = (rs: RoleLine[]) => rs.map((r) => `${r.title} (${r.span})`);

/** Who a person was at the article's date and who they are now. */
export function RolesView({ roles, articleDateLabel, asOfLabel }: { roles: PersonRoles; articleDateLabel?: string; asOfLabel: string }) {
  const now = roles.now.length ? roleText(roles.now) : [t('rolesNone') + (roles.last ? ` (${t('rolesLast', `${roles.last.title}, ${roles.last.span}`)})` : '')];
  const rows: [string, string[]][] = [];
  if (roles.unchanged && articleDateLabel) rows.push([t('rolesThenNow', articleDateLabel), now]);
  else {
    if (roles.atArticle && articleDateLabel)
      rows.push([t('rolesThen', articleDateLabel), roles.atArticle.length ? roleText(roles.atArticle) : [t('rolesNoneThen')]]);
    rows.push([t('rolesNow', asOfLabel), now]);
  }
  return (
    <div class="kc-box kc-roles">
      <dl>
        {rows.map(([label, lines]) => (
          <div key={label}>
            <dt>{label}</dt>
            {lines.map((l) => (
              <dd key={l}>{l}</dd>
            ))}
          </div>
        ))}
      </dl>
      {roles.all.length > 1 && (
        <Disclosure label={t('rolesAll', roles.all.length)} class="kc-roles-all">
          <ul class="kc-plain">
            {roleText(roles.all).map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </Disclosure>
      )}
    </div>
  );
}

/** How many provisions show before "more provisions". */
const PROVISIONS_SHOWN = 3;

/** One provision: status and text; its fate clamped, the full fate and the events that show it behind "more". */
function ProvisionRow({ p, hidden, onNavigate }: { p: ProvisionLine; hidden: boolean; onNavigate(id: string): void }) {
  const [open, setOpen] = useState(false);
  const expandable = needsClamp(p.fate, 2) || p.events.length > 0;
  return (
    <li class="kc-prov" hidden={hidden}>
      <p class="kc-prov-head">
        <span class={`kc-status kc-status-${p.tone}`}>{t(('status_' + p.status.replace(/ /g, '_')) as MessageKey)}</span>{' '}
        <span class="kc-prov-text">{p.text}</span>
      </p>
      <div class="kc-prov-body">
        <p class={open ? 'kc-prov-fate' : 'kc-prov-fate kc-clamped kc-l2'}>{p.fate}</p>
        {expandable && (
          <button type="button" class="kc-more" aria-expanded={open ? 'true' : 'false'} onClick={reader(() => setOpen(!open))}>
            {open ? t('less') : t('more')}
          </button>
        )}
      </div>
      {open && p.events.length > 0 && (
        <p class="kc-prov-events">
          {t('provisionEvents')}{' '}
          {p.events.map((ev, j) => (
            <span key={ev.id}>
              {j > 0 && '; '}
              <button type="button" class="kc-link" onClick={reader(() => onNavigate(ev.id))}>
                {ev.name}
              </button>
              {ev.dateLabel && <span class="kc-muted"> ({ev.dateLabel})</span>}
            </span>
          ))}
        </p>
      )}
    </li>
  );
}

/** An agreement's provisions: what each promised and what became of it. */
export function ProvisionsView({ items, onNavigate }: { items: ProvisionLine[]; onNavigate(id: string): void }) {
  const [all, setAll] = useState(false);
  const hiddenCount = items.length - PROVISIONS_SHOWN;
  return (
    <div class="kc-provisions">
      <h3>{t('provisionsTitle')}</h3>
      <ol class="kc-prov-list">
        {items.map((p, k) => (
          <ProvisionRow key={k} p={p} hidden={!all && k >= PROVISIONS_SHOWN} onNavigate={onNavigate} />
        ))}
      </ol>
      {hiddenCount > 0 && !all && (
        <button type="button" class="kc-fold" aria-expanded="false" onClick={reader(() => setAll(true))}>
          {tn('provisionsMore', hiddenCount)}
        </button>
      )}
    </div>
  );
}

function SourceLink({ s }: { s: CardSource }) {
  return (
    <>
      <a href={s.url} target="_blank" rel="noopener noreferrer">
        {s.title}
      </a>{' '}
      <span class="kc-muted">
        {s.host}
        {s.stateMedia ? ` · ${t('stateMedia')}` : ''}
      </span>
    </>
  );
}

export function AccountsView({ accounts }: { accounts: CardAccount[] }) {
  return (
    <Disclosure label={tn('accountsCount', accounts.length)} class="kc-box">
      <dl class="kc-accounts">
        {accounts.map((a) => (
          <div key={a.party}>
            <dt>{a.party}</dt>
            <dd>
              {a.account}
              {a.source && (
                <span class="kc-account-src">
                  {' '}
                  <SourceLink s={a.source} />
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </Disclosure>
  );
}

export function SourcesView({ sources }: { sources: CardSource[] }) {
  return (
    <Disclosure label={tn('sourcesCount', sources.length)}>
      <ul class="kc-sources">
        {sources.map((s) => (
          <li key={s.url}>
            <SourceLink s={s} />
          </li>
        ))}
      </ul>
    </Disclosure>
  );
}

/** How many related entries show before "n more". */
const RELATED_SHOWN = 4;

export function RelatedView({ related, onNavigate }: { related: CardModel['related']; onNavigate(id: string): void }) {
  const [all, setAll] = useState(false);
  const list = all ? related.slice(0, 24) : related.slice(0, RELATED_SHOWN);
  const rest = Math.min(related.length, 24) - list.length;
  return (
    <div class="kc-related-wrap">
      <h3>{t('related')}</h3>
      <ul class="kc-related">
        {list.map((r) => (
          <li key={r.id}>
            <button type="button" class="kc-link" onClick={reader(() => onNavigate(r.id))}>
              {r.name}
            </button>
          </li>
        ))}
        {rest > 0 && (
          <li>
            <button type="button" class="kc-more" aria-expanded="false" onClick={reader(() => setAll(true))}>
              {t('relatedMore', rest)}
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
