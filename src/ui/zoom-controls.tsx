export interface ZoomControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  disabled?: boolean;
}

export function ZoomControls({ onZoomIn, onZoomOut, onFit, disabled = false }: ZoomControlsProps) {
  return (
    <div className="sl-zoom" role="toolbar" aria-label="Timeline zoom">
      <button type="button" className="sl-button" onClick={onZoomIn} disabled={disabled}>
        Zoom in
      </button>
      <button type="button" className="sl-button" onClick={onZoomOut} disabled={disabled}>
        Zoom out
      </button>
      <button type="button" className="sl-button" onClick={onFit} disabled={disabled}>
        Fit all events
      </button>
    </div>
  );
}
