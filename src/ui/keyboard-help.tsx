import { useEffect, useRef } from 'react';
import { M } from '../i18n/messages.ts';

export interface KeyboardHelpProps {
  open: boolean;
  onClose: () => void;
}

const SECTIONS = [
  { title: M.help.inChart, keys: [M.help.keys.step, M.help.keys.ends, M.help.keys.zoom, M.help.keys.page, M.help.keys.open] },
  { title: M.help.inList, keys: [M.help.keys.listMove, M.help.keys.listOpen] },
  { title: M.help.anywhere, keys: [M.help.keys.back, M.help.keys.search, M.help.keys.help] },
] as const;

/** The keyboard map (`?`), as a modal dialog: focus moves in, Escape or the button closes it, focus returns. */
export function KeyboardHelp({ open, onClose }: KeyboardHelpProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="sl-dialog" aria-labelledby="sl-help-title" onClose={onClose} onCancel={onClose}>
      <div className="sl-dialog__head">
        <h2 id="sl-help-title" className="sl-dialog__title">
          {M.help.title}
        </h2>
        <button type="button" className="sl-button" onClick={onClose} autoFocus>
          {M.help.close}
        </button>
      </div>
      {SECTIONS.map((section) => (
        <section key={section.title} className="sl-dialog__section">
          <h3>{section.title}</h3>
          <dl className="sl-keys">
            {section.keys.map(([keys, what]) => (
              <div key={keys} className="sl-keys__row">
                <dt>
                  {keys.split('|').map((k, i) => (
                    <kbd key={`${k}${i}`}>{k}</kbd>
                  ))}
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </dialog>
  );
}
