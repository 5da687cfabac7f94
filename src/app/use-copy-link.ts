import { useCallback, useEffect, useRef, useState } from 'react';
import { currentHref } from '../url-state/use-url-state.ts';
import { copyText } from './copy-text.ts';

const STATUS_MS = 4000;

/**
 * "Copy link": copies the page's address and says so in a status message that clears itself.
 * `beforeCopy` lets the caller flush URL writes still waiting (a debounced pan).
 */
export function useCopyLink(beforeCopy?: () => void): { copyLink: () => void; copyStatus: string } {
  const [copyStatus, setCopyStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copyLink = useCallback(() => {
    beforeCopy?.();
    void copyText(currentHref()).then((copied) => {
      setCopyStatus(copied ? 'Link copied' : 'Could not copy the link; copy it from the address bar');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setCopyStatus(''), STATUS_MS);
    });
  }, [beforeCopy]);
  return { copyLink, copyStatus };
}
