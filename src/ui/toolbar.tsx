import { M } from '../i18n/messages.ts';

export type LaneChoice = 'document' | 'publisher' | 'actor' | null;
export type ThemeMode = 'auto' | 'light' | 'dark';

/** A row of mutually exclusive buttons (aria-pressed on the chosen one), for small fixed choices. */
export function Segmented<T extends string>({ label, options, value, onChange }: { label: string; options: readonly (readonly [T, string])[]; value: T; onChange: (value: T) => void }) {
  return (
    <div className="sl-segmented" role="group" aria-label={label}>
      {options.map(([v, text]) => (
        <button key={v} type="button" className="sl-segmented__option" aria-pressed={value === v} onClick={() => onChange(v)}>
          {text}
        </button>
      ))}
    </div>
  );
}

/** Timeline / List: the phone's switch, and the desktop's list-only view. */
export function ViewSwitch({ view, onChange }: { view: 'timeline' | 'list'; onChange: (view: 'timeline' | 'list') => void }) {
  return <Segmented label={M.views.label} options={[['timeline', M.views.timeline], ['list', M.views.list]]} value={view} onChange={onChange} />;
}

export function LaneSelect({ lanes, onChange, actorsKnown }: { lanes: LaneChoice; onChange: (lanes: LaneChoice) => void; actorsKnown: boolean }) {
  return (
    <label className="sl-select">
      <span className="sl-select__label">{M.lanes.label}</span>
      <select value={lanes ?? ''} onChange={(e) => onChange((e.target.value || null) as LaneChoice)}>
        <option value="">{M.lanes.none}</option>
        <option value="document">{M.lanes.document}</option>
        <option value="publisher">{M.lanes.publisher}</option>
        {(actorsKnown || lanes === 'actor') && <option value="actor">{M.lanes.actor}</option>}
      </select>
    </label>
  );
}

const NEXT: Record<ThemeMode, ThemeMode> = { auto: 'light', light: 'dark', dark: 'auto' };

/** Cycles auto (the system's scheme) → light → dark. */
export function ThemeToggle({ mode, onChange }: { mode: ThemeMode; onChange: (mode: ThemeMode) => void }) {
  return (
    <button type="button" className="sl-button sl-button--icon-sm" aria-label={M.theme.button(mode)} title={M.theme.button(mode)} onClick={() => onChange(NEXT[mode])}>
      <span aria-hidden="true">{mode === 'auto' ? '◐' : mode === 'light' ? '☀' : '☾'}</span>
    </button>
  );
}

export function FilterToggle({ open, active, controls, onToggle }: { open: boolean; active: number; controls: string; onToggle: () => void }) {
  return (
    <button type="button" className={active > 0 ? 'sl-button sl-button--active' : 'sl-button'} aria-expanded={open} aria-controls={controls} onClick={onToggle}>
      {active > 0 ? M.filters.buttonActive(active) : M.filters.button}
    </button>
  );
}

export function HelpButton({ onOpen }: { onOpen: () => void }) {
  return (
    <button type="button" className="sl-button sl-button--icon-sm" aria-label={M.help.button} title={`${M.help.button} (?)`} onClick={onOpen}>
      <span aria-hidden="true">?</span>
    </button>
  );
}

/** A dismissible note for first visits. */
export function FirstVisitHint({ onDismiss }: { onDismiss: () => void }) {
  return (
    <div className="sl-hint" role="note">
      <p>{M.hint.text}</p>
      <button type="button" className="sl-button" onClick={onDismiss}>
        {M.hint.dismiss}
      </button>
    </div>
  );
}
