/** Settings: target, sites, brand terms, coaching switches, weekly summary, and the owner's data. */
import { useEffect, useState } from 'react';
import { PLATFORM_FORMER_NAMES, PLATFORM_NAMES, PLATFORMS, TARGET_PRESETS } from '@/lib/domain';
import { send, type TaughtPost } from '@/lib/messages';
import { plural } from '@/lib/plural';
import type { StorageArea } from '@/lib/storage/area';
import { readState } from '@/lib/storage/read';
import { NEWER_LOG, type PostRecord, type Settings } from '@/lib/storage/schema';
import { labelWord, SHARE_NAME } from '@/lib/words';
import { SiteAccess } from '../SiteAccess';
import { BrandSuggestions, ownerMarkedSalesy } from './BrandSuggestions';
import { BrandTerms } from './BrandTerms';
import { DataSection } from './DataSection';
import { Learned } from './Learned';
import { parseCustomPercent } from './presets';
import { SaveNote } from './SaveNote';
import { TeachVoice } from './TeachVoice';
import { errorText, switchWeekly } from './weekly-switch';

/** "X (Twitter)": the name the owner may still know a site by, beside its own. */
const SITES = PLATFORMS.map((p) => {
  const former = PLATFORM_FORMER_NAMES[p];
  return [p, former ? `${PLATFORM_NAMES[p]} (${former})` : PLATFORM_NAMES[p]] as const;
});

const SWITCHES: Array<[keyof Settings, string]> = [
  ['askBeforeSalesy', 'Ask me before posting a salesy draft'],
  ['highlights', 'Underline the deciding phrases in my draft'],
  [
    'keepExcerpts',
    'Keep the first words of each post in the log (off keeps only label, platform, time and length, and removes stored excerpts)',
  ],
];

export function OptionsApp({ area = browser.storage.local }: { area?: StorageArea }) {
  const [settings, setSettings] = useState<Settings>();
  const [custom, setCustom] = useState('');
  const [note, setNote] = useState<{ ok: boolean; text: string }>();
  // "Custom" is a page state until a number is saved: a settings reload must not undo the choice.
  const [choosingCustom, setChoosingCustom] = useState(false);
  const [setAside, setSetAside] = useState(0);
  const [newer, setNewer] = useState(false);
  // Posts the owner marked salesy: the log's (answers, corrections) and this visit's taught ones,
  // whose text lives only in this page.
  const [logged, setLogged] = useState<PostRecord[]>([]);
  const [taught, setTaught] = useState<TaughtPost[]>([]);
  // Remounts the brand terms box when a suggestion is added, so it shows the new list.
  const [termsVersion, setTermsVersion] = useState(0);
  // Storage that cannot be read, or a background whose start failed: said at the top, in words.
  const [loadError, setLoadError] = useState<string>();
  const [startError, setStartError] = useState<string>();

  useEffect(() => {
    const load = () =>
      void readState(area).then(
        (s) => {
          setSettings(s.settings);
          setSetAside(s.quarantine.length);
          setNewer(s.fromNewerVersion === true);
          setLogged(s.posts);
          setLoadError(undefined);
        },
        (error: unknown) => setLoadError(`Could not read your settings: ${errorText(error)}`),
      );
    load();
    void send({ kind: 'status' }).then((reply) => setStartError(reply.ok ? undefined : reply.error));
    browser.storage.onChanged.addListener(load);
    return () => browser.storage.onChanged.removeListener(load);
  }, [area]);

  const startNote = startError ? (
    <p className="error" role="alert" data-testid="start-error">
      {startError}
    </p>
  ) : null;
  if (!settings)
    return loadError ? (
      <main>
        <h1>Post Coach settings</h1>
        {startNote}
        <p className="error" role="alert" data-testid="load-error">
          {loadError}. Nothing was changed. Close this page and open it again to retry.
        </p>
      </main>
    ) : (
      <p>Loading settings…</p>
    );

  const save = async (patch: Partial<Settings>) => {
    // Show the choice at once; the background's answer (or a storage change) confirms it.
    setSettings((current) => (current ? { ...current, ...patch } : current));
    const reply = await send({ kind: 'update-settings', patch });
    if (reply.ok) setSettings(reply.value);
    setNote(reply.ok ? { ok: true, text: 'Saved.' } : { ok: false, text: reply.error });
  };

  const choosePreset = (id: Settings['targetPreset']) => {
    const preset = TARGET_PRESETS.find((p) => p.id === id);
    setChoosingCustom(!preset?.share);
    if (preset?.share) void save({ targetPreset: id, targetShare: preset.share });
  };
  const shownPreset = choosingCustom ? 'custom' : settings.targetPreset;

  const saveCustom = () => {
    const share = parseCustomPercent(custom);
    if (share === undefined) setNote({ ok: false, text: 'Enter a whole percent from 1 to 100.' });
    else void save({ targetPreset: 'custom', targetShare: share }).then(() => setChoosingCustom(false));
  };

  const toggleWeekly = async (on: boolean) => {
    const problem = await switchWeekly(on, save);
    if (problem) setNote({ ok: false, text: problem });
  };

  return (
    <main>
      <h1>Post Coach settings</h1>
      {startNote}
      {newer ? (
        <p className="error" role="alert" data-testid="newer-version-note">
          {NEWER_LOG}
        </p>
      ) : setAside > 0 ? (
        <p className="error" role="alert" data-testid="set-aside">
          {plural(setAside, 'damaged record was', 'damaged records were')} found in your log and set aside. They are not
          counted, nothing was deleted, and they stay in a JSON export.
        </p>
      ) : null}
      <section aria-labelledby="target-title">
        <h2 id="target-title">Your target</h2>
        <p>
          Your {SHARE_NAME} is the part of your posts over the last 30 days that are {labelWord('salesy')}. Keep it at{' '}
          <strong data-testid="current-target">{Math.round(settings.targetShare * 100)}% or less</strong>.
        </p>
        {TARGET_PRESETS.map((p) => (
          <div key={p.id} className="preset">
            <label className="choice">
              <input
                type="radio"
                name="preset"
                checked={shownPreset === p.id}
                aria-describedby={`preset-${p.id}-help`}
                onChange={() => choosePreset(p.id)}
              />
              <span>{p.label}</span>
            </label>
            <p className="hint" id={`preset-${p.id}-help`}>
              {p.explains}
            </p>
          </div>
        ))}
        {shownPreset === 'custom' ? (
          <div className="row">
            <label>
              Custom target (%)
              <input
                className="percent"
                inputMode="numeric"
                value={custom}
                placeholder={String(Math.round(settings.targetShare * 100))}
                onChange={(e) => setCustom(e.target.value)}
              />
            </label>
            <button type="button" onClick={saveCustom}>
              Save target
            </button>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="sites-title">
        <h2 id="sites-title">Sites</h2>
        <SiteAccess enabled={settings.sites} />
        {SITES.map(([id, name]) => (
          <label key={id} className="choice">
            <input
              type="checkbox"
              checked={settings.sites[id]}
              onChange={(e) => void save({ sites: { ...settings.sites, [id]: e.target.checked } })}
            />
            Coach and log my posts on {name}
          </label>
        ))}
      </section>

      <section aria-labelledby="brand-title">
        <h2 id="brand-title">Your brand and products</h2>
        <p id="brand-help">
          Names that make a post read as {labelWord('salesy')} when they appear in it, one per line.
        </p>
        <BrandTerms key={termsVersion} initial={settings.brandTerms} onSave={(brandTerms) => save({ brandTerms })} />
        <BrandSuggestions
          posts={[...ownerMarkedSalesy(logged), ...taught]}
          existing={settings.brandTerms}
          onAccept={(term) =>
            void save({ brandTerms: [...settings.brandTerms, term] }).then(() => setTermsVersion((v) => v + 1))
          }
        />
      </section>

      <TeachVoice onTaught={(posts) => setTaught((all) => [...all, ...posts])} />
      <Learned area={area} />

      <section aria-labelledby="coach-title">
        <h2 id="coach-title">Coaching</h2>
        {SWITCHES.map(([key, label]) => (
          <label key={key} className="choice">
            <input
              type="checkbox"
              checked={Boolean(settings[key])}
              onChange={(e) => void save({ [key]: e.target.checked })}
            />
            {label}
          </label>
        ))}
        <label className="choice">
          <input
            type="checkbox"
            checked={settings.weeklySummary}
            onChange={(e) => void toggleWeekly(e.target.checked)}
          />
          Send me a weekly summary notification (on the evening your week ends)
        </label>
      </section>

      <DataSection area={area} />
      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">Privacy</h2>
        <p>
          Post Coach never sends anything anywhere: drafts are classified on this device, and the log stays in this
          browser.
        </p>
      </section>
      <SaveNote note={note} />
    </main>
  );
}
