import type { Settings } from '../core/settings/settings';
import { ENTRY_KINDS, type EntryKind } from '../core/corpus/types';
import { t, type MessageKey } from '../ui/i18n';
import type { SettingsUpdate } from '../ui/use-settings';

function Radio<T extends string>({
  name,
  legend,
  value,
  options,
  onChange,
}: {
  name: string;
  legend: string;
  value: T;
  options: [T, string][];
  onChange(v: T): void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div class="seg" role="radiogroup" aria-label={legend}>
        {options.map(([v, label]) => (
          <label key={v}>
            <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

type Props = { settings: Settings; save(u: SettingsUpdate): Promise<void> };
const setter =
  ({ save }: Props) =>
  <K extends keyof Settings>(k: K, v: Settings[K]) =>
    void save((cur) => ({ ...cur, [k]: v }));

function Highlighting(props: Props) {
  const { settings, save } = props;
  const set = setter(props);
  return (
    <section aria-labelledby="h-hl">
      <h2 id="h-hl">{t('optHighlighting')}</h2>
      <fieldset>
        <legend>{t('optCategories')}</legend>
        <div class="cats">
          {ENTRY_KINDS.map((k: EntryKind) => (
            <label key={k}>
              <input
                type="checkbox"
                name={'cat-' + k}
                checked={settings.categories[k]}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  void save((cur) => ({ ...cur, categories: { ...cur.categories, [k]: on } }));
                }}
              />{' '}
              {t(('kinds_' + k) as MessageKey)}
            </label>
          ))}
        </div>
      </fieldset>
      <Radio
        name="density"
        legend={t('optDensity')}
        value={settings.density}
        onChange={(v) => set('density', v)}
        options={[
          ['first', t('optDensityFirst')],
          ['all', t('optDensityAll')],
        ]}
      />
      <Radio
        name="style"
        legend={t('optStyle')}
        value={settings.style}
        onChange={(v) => set('style', v)}
        options={[
          ['underline', t('optStyleUnderline')],
          ['background', t('optStyleBackground')],
          ['none', t('optStyleNone')],
        ]}
      />
      <Radio
        name="sensitivity"
        legend={t('optSensitivity')}
        value={settings.sensitivity}
        onChange={(v) => set('sensitivity', v)}
        options={[
          ['strict', t('optSensStrict')],
          ['normal', t('optSensNormal')],
          ['everywhere', t('optSensEverywhere')],
        ]}
      />
      <label>
        {t('optMaxHighlights')}{' '}
        <input
          type="number"
          min={1}
          max={5000}
          value={settings.maxHighlights}
          onChange={(e) => {
            const v = Number((e.currentTarget as HTMLInputElement).value);
            if (Number.isFinite(v) && v >= 1 && v <= 5000) set('maxHighlights', Math.round(v));
          }}
        />
      </label>
    </section>
  );
}

function Appearance(props: Props) {
  const { settings } = props;
  const set = setter(props);
  return (
    <section aria-labelledby="h-look">
      <h2 id="h-look">{t('optAppearance')}</h2>
      <Radio
        name="theme"
        legend={t('optTheme')}
        value={settings.theme}
        onChange={(v) => set('theme', v)}
        options={[
          ['system', t('optThemeSystem')],
          ['light', t('optThemeLight')],
          ['dark', t('optThemeDark')],
        ]}
      />
      <Radio
        name="language"
        legend={t('optLanguage')}
        value={settings.language}
        onChange={(v) => set('language', v)}
        options={[
          ['system', t('optLangSystem')],
          ['en', 'English'],
          ['ko', '한국어'],
        ]}
      />
    </section>
  );
}

/** The highlighting and appearance settings. */
export function Display(props: Props) {
  return (
    <>
      <Highlighting {...props} />
      <Appearance {...props} />
    </>
  );
}
