import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The session screen arrives in its own chunk: the socket client, the store, the comments,
 * ballots and place picker are not needed to type a join code, so the landing page — the first
 * download of someone who typed the address off a poster — stays small. Someone arriving by QR
 * code fetches the chunk right after the main one.
 */
const loadSessionPage = () => import('./SessionPage.tsx');

/** The chunk could not be fetched (as opposed to a fault in the screen itself). */
class ChunkLoadError extends Error {}

const SessionPage = lazy(() =>
  loadSessionPage().then(
    (m) => ({ default: m.SessionPage }),
    (err: unknown) => {
      throw new ChunkLoadError(String(err));
    },
  ),
);

/** Starts fetching the session chunk early, e.g. as soon as someone starts typing a join
 * code, so joining does not wait for it. Safe to call often: the browser fetches it once. */
export function prefetchSessionScreen(): void {
  // a failure here is retried, and shown, when the screen is really needed
  loadSessionPage().catch(() => {});
}

export function LazySessionPage({ code }: { code: string }) {
  return (
    <ChunkFailure>
      <Suspense fallback={<Loading />}>
        <SessionPage code={code} />
      </Suspense>
    </ChunkFailure>
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <main className="page" id="main">
      <section className="card" aria-busy="true">
        <h1>{t('session.joining')}</h1>
      </section>
    </main>
  );
}

type Failure = 'none' | 'network' | 'fault';

/** The chunk did not arrive (the network dropped mid-way), or the screen failed: say so rather
 * than leave a blank page, and offer to try again. */
class ChunkFailure extends Component<{ children: ReactNode }, { failure: Failure }> {
  override state: { failure: Failure } = { failure: 'none' };

  static getDerivedStateFromError(error: unknown): { failure: Failure } {
    return { failure: error instanceof ChunkLoadError ? 'network' : 'fault' };
  }

  override render() {
    return this.state.failure === 'none' ? this.props.children : <ChunkFailureNotice network={this.state.failure === 'network'} />;
  }
}

function ChunkFailureNotice({ network }: { network: boolean }) {
  const { t } = useTranslation();
  return (
    <main className="page" id="main">
      <section className="card" role="alert" aria-labelledby="chunk-problem-heading">
        <h1 id="chunk-problem-heading">{t('session.problemHeading')}</h1>
        <p className="notice error">{t(network ? 'errors.NETWORK' : 'errors.UNKNOWN')}</p>
        {/* a reload fetches the chunk afresh; React would keep a failed lazy import failed */}
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {t('session.retry')}
        </button>
      </section>
    </main>
  );
}
