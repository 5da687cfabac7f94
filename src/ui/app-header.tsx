export interface AppHeaderProps {
  onCopyLink: () => void;
  /** Announced in a live region ("Link copied", or why copying failed). */
  copyStatus: string;
}

export function AppHeader({ onCopyLink, copyStatus }: AppHeaderProps) {
  return (
    <header className="sl-header">
      <h1 className="sl-header__name">Sourceline</h1>
      <div className="sl-header__actions">
        <span className="sl-header__status" role="status">
          {copyStatus}
        </span>
        <button type="button" className="sl-button" onClick={onCopyLink}>
          Copy link
        </button>
      </div>
    </header>
  );
}
