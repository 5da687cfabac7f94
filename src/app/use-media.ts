import { useSyncExternalStore } from 'react';

function mediaQuery(query: string): { subscribe: (cb: () => void) => () => void; get: () => boolean } {
  return {
    subscribe: (cb) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', cb);
      return () => list.removeEventListener('change', cb);
    },
    get: () => window.matchMedia(query).matches,
  };
}

const reducedMotion = mediaQuery('(prefers-reduced-motion: reduce)');
const darkScheme = mediaQuery('(prefers-color-scheme: dark)');
const phone = mediaQuery('(max-width: 720px)');

/** `prefers-reduced-motion: reduce`: the chart moves without animation. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(reducedMotion.subscribe, reducedMotion.get);
}

export function usePrefersDark(): boolean {
  return useSyncExternalStore(darkScheme.subscribe, darkScheme.get);
}

/** The phone layout of app.css (`@media (max-width: 720px)`). */
export function usePhoneLayout(): boolean {
  return useSyncExternalStore(phone.subscribe, phone.get);
}
