import { useCallback, useEffect, useState } from 'react';
import type { ThemeMode } from '../ui/toolbar.tsx';

/**
 * Choices kept on this device rather than in links (a shared link should not force a colour scheme):
 * the colour scheme and whether the first-visit hint was dismissed. Local storage may be unavailable
 * (private modes, blocked storage): then the choice lasts for the page.
 */
const THEME_KEY = 'sourceline:theme';
const HINT_KEY = 'sourceline:hint-dismissed';

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Storage unavailable: the choice lasts for this page only.
  }
}

const isTheme = (value: string | null): value is ThemeMode => value === 'auto' || value === 'light' || value === 'dark';

/** The colour scheme: `auto` follows prefers-color-scheme (app.css), light/dark override it via `data-theme`. */
export function useTheme(): [ThemeMode, (mode: ThemeMode) => void] {
  const [mode, setMode] = useState<ThemeMode>(() => {
    const stored = read(THEME_KEY);
    return isTheme(stored) ? stored : 'auto';
  });
  useEffect(() => {
    document.documentElement.dataset.theme = mode;
  }, [mode]);
  const change = useCallback((next: ThemeMode) => {
    write(THEME_KEY, next);
    setMode(next);
  }, []);
  return [mode, change];
}

export function useFirstVisitHint(): [boolean, () => void] {
  const [shown, setShown] = useState(() => read(HINT_KEY) === null);
  const dismiss = useCallback(() => {
    write(HINT_KEY, '1');
    setShown(false);
  }, []);
  return [shown, dismiss];
}
