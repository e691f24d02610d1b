import { useEffect, useState } from 'react';
import type { SceneBundle } from '../../../core/site/scene-schema.ts';

export type SceneBundleState = { status: 'loading' } | { status: 'ready'; bundle: SceneBundle } | { status: 'failed' };

/** The site's scene bundle (GET /api/sites/:id/scene, validated by the server at start), or
 * the one the caller already has. `retry` fetches again after a failure. */
export function useSceneBundle(siteId: string, given: SceneBundle | undefined): [SceneBundleState, () => void] {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<SceneBundleState>(given ? { status: 'ready', bundle: given } : { status: 'loading' });

  useEffect(() => {
    if (given) {
      setState({ status: 'ready', bundle: given });
      return;
    }
    const abort = new AbortController();
    setState({ status: 'loading' });
    fetch(`/api/sites/${encodeURIComponent(siteId)}/scene`, { signal: abort.signal, headers: { Accept: 'application/json' } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        setState({ status: 'ready', bundle: (await response.json()) as SceneBundle });
      })
      .catch((error: unknown) => {
        if ((error as Error).name !== 'AbortError') setState({ status: 'failed' });
      });
    return () => abort.abort();
  }, [siteId, given, attempt]);

  return [state, () => setAttempt((n) => n + 1)];
}
