import type { ReactNode } from 'react';
import { M } from '../i18n/messages.ts';

export interface AppHeaderProps {
  onCopyLink: () => void;
  /** Announced in a live region ("Link copied", or why copying failed). */
  copyStatus: string;
  /** The search box, when a corpus is loaded. */
  search?: ReactNode;
  /** Buttons before "Copy link" (filters, lanes, theme, keyboard help). */
  actions?: ReactNode;
}

export function AppHeader({ onCopyLink, copyStatus, search, actions }: AppHeaderProps) {
  return (
    <header className="sl-header">
      <h1 className="sl-header__name">{M.appName}</h1>
      {search && <div className="sl-header__search">{search}</div>}
      <div className="sl-header__actions">
        <span className="sl-header__status" role="status">
          {copyStatus}
        </span>
        {actions}
        <button type="button" className="sl-button" onClick={onCopyLink}>
          {M.copyLink}
        </button>
      </div>
    </header>
  );
}
