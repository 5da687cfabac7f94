import { useMemo } from 'react';
import { AppHeader } from '../ui/app-header.tsx';
import { buildCorpusIndex } from './corpus-index.ts';
import { CorpusExplorer } from './corpus-explorer.tsx';
import { useCopyLink } from './use-copy-link.ts';
import { useCorpus } from './use-corpus.ts';
import './app.css';

export function App() {
  const state = useCorpus();
  const corpus = state.status === 'ready' ? state.corpus : null;
  const index = useMemo(() => (corpus ? buildCorpusIndex(corpus) : null), [corpus]);
  const { copyLink, copyStatus } = useCopyLink();

  if (state.status === 'ready' && index) {
    return <CorpusExplorer index={index} reloadError={state.reloadError} />;
  }
  return (
    <>
      <AppHeader onCopyLink={copyLink} copyStatus={copyStatus} />
      <main className="sl-main">
        {state.status === 'failed' ? (
          <div className="sl-alert" role="alert">
            <p className="sl-alert__title">The timeline could not be shown.</p>
            <p>{state.reason}</p>
          </div>
        ) : (
          <p className="sl-loading" role="status">
            Loading events…
          </p>
        )}
      </main>
    </>
  );
}
