import { useEffect, useState } from 'react';
import { M } from '../i18n/messages.ts';
import { AppHeader } from '../ui/app-header.tsx';
import { createBrowserUrlStore } from '../url-state/use-url-state.ts';
import { CorpusExplorer } from './corpus-explorer.tsx';
import { useCopyLink } from './use-copy-link.ts';
import { useCorpus } from './use-corpus.ts';
import './app.css';

export function App() {
  const state = useCorpus();
  // One URL store for the page's life: it reads the address at once and drops what it cannot honour.
  const [store] = useState(createBrowserUrlStore);
  useEffect(() => () => store.destroy(), [store]);
  const { copyLink, copyStatus } = useCopyLink(store);

  if (state.status === 'ready') {
    return <CorpusExplorer data={state.data} source={state.source} store={store} reloadError={state.reloadError} />;
  }
  return (
    <>
      <AppHeader onCopyLink={copyLink} copyStatus={copyStatus} />
      <main className="sl-main">
        {state.status === 'failed' ? (
          <div className="sl-alert" role="alert">
            <p className="sl-alert__title">{M.loadFailed}</p>
            <p>{state.reason}</p>
          </div>
        ) : (
          <p className="sl-loading" role="status">
            {M.loading}
          </p>
        )}
      </main>
    </>
  );
}
