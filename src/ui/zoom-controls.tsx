import { M } from '../i18n/messages.ts';

export interface ZoomControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  disabled?: boolean;
}

export function ZoomControls({ onZoomIn, onZoomOut, onFit, disabled = false }: ZoomControlsProps) {
  return (
    <div className="sl-zoom" role="toolbar" aria-label={M.timeline.zoomGroup}>
      <button type="button" className="sl-button" onClick={onZoomIn} disabled={disabled}>
        <span className="sl-zoom__glyph" aria-hidden="true">
          +
        </span>
        <span className="sl-zoom__text">{M.timeline.zoomIn}</span>
      </button>
      <button type="button" className="sl-button" onClick={onZoomOut} disabled={disabled}>
        <span className="sl-zoom__glyph" aria-hidden="true">
          −
        </span>
        <span className="sl-zoom__text">{M.timeline.zoomOut}</span>
      </button>
      <button type="button" className="sl-button" onClick={onFit} disabled={disabled}>
        <span className="sl-zoom__glyph" aria-hidden="true">
          ⤢
        </span>
        <span className="sl-zoom__text">{M.timeline.fit}</span>
      </button>
    </div>
  );
}
