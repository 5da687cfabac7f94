import { useCallback, useEffect, useRef, useState } from 'react';
import { M } from '../i18n/messages.ts';
import type { UrlStore } from '../url-state/url-store.ts';
import { copyText } from './copy-text.ts';

const STATUS_MS = 4000;

/**
 * "Copy link": lands URL writes still waiting (a debounced pan or search), copies the page's address
 * and says so in a status message that clears itself.
 */
export function useCopyLink(store: UrlStore): { copyLink: () => void; copyStatus: string } {
  const [copyStatus, setCopyStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copyLink = useCallback(() => {
    store.flush();
    void copyText(store.href()).then((copied) => {
      setCopyStatus(copied ? M.linkCopied : M.linkNotCopied);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setCopyStatus(''), STATUS_MS);
    });
  }, [store]);
  return { copyLink, copyStatus };
}
