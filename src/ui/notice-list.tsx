import { M } from '../i18n/messages.ts';

export interface NoticeListProps {
  messages: readonly string[];
  onDismiss: () => void;
}

/** Short notes about what was ignored (bad link parameters): the page still works around them. */
export function NoticeList({ messages, onDismiss }: NoticeListProps) {
  if (messages.length === 0) return null;
  return (
    <div className="sl-notice" role="status">
      <ul className="sl-notice__list">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
      <button type="button" className="sl-button sl-button--quiet" onClick={onDismiss}>
        {M.dismiss}
      </button>
    </div>
  );
}
