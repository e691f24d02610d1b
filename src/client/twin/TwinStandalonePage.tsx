import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorDetail, ProtocolError } from '../../core/protocol/errors.ts';
import type { SceneBundle } from '../../core/site/scene-schema.ts';
import type { SitePack } from '../../core/site/schema.ts';
import type { ScenePick } from './picking/scene-pick.ts';
import { useLocalized } from '../i18n/localized.ts';
import { SitePackProblems } from '../ui/common/SitePackProblems.tsx';
import { LazyTwinPanel } from './lazy-twin-panel.ts';
import { parseTwinQuery, twinSiteIdFromPath } from './twin-route.ts';

type Loaded =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'refused'; problems: ErrorDetail[] }
  | { status: 'ready'; site: SitePack; scene?: SceneBundle };

/** Fetches the site pack, and with ?fixture swaps in the built-in fixture street (loaded only
 * then, as its own small chunk). */
async function loadSite(siteId: string, fixture: boolean, signal: AbortSignal): Promise<Loaded> {
  const response = await fetch(`/api/sites/${encodeURIComponent(siteId)}`, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: ProtocolError } | null;
    return body?.error?.code === 'SITE_UNAVAILABLE' ? { status: 'refused', problems: body.error.details ?? [] } : { status: 'missing' };
  }
  const site = (await response.json()) as SitePack;
  if (!fixture) return { status: 'ready', site };
  const { fixtureScene, fixtureViewpoints } = await import('./fixtures/fixture-scene.ts');
  const viewpoints = site.viewpoints?.length ? site.viewpoints : fixtureViewpoints(site.origin);
  return { status: 'ready', site: { ...site, viewpoints }, scene: fixtureScene(site.id, site.origin) };
}

/**
 * /twin/:siteId — a site's twin without a session: for planners checking a pack, and how the
 * end-to-end tests and the render benchmark open the twin. Anything else that reaches it
 * (an unknown address) gets `fallback`, the not-found page.
 */
export function TwinStandaloneRoute({ fallback }: { fallback: ReactNode }) {
  const siteId = twinSiteIdFromPath(window.location.pathname);
  return siteId ? <TwinStandalonePage key={siteId} siteId={siteId} /> : <>{fallback}</>;
}

function TwinStandalonePage({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [query] = useState(() => parseTwinQuery(window.location.search));
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [optionId, setOptionId] = useState<string | undefined>(query.optionId);
  // what was tapped last: lets a planner read a feature's id off the pack, and tests the hook
  const [picked, setPicked] = useState<ScenePick | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    loadSite(siteId, query.fixture === true, abort.signal)
      .then(setLoaded)
      .catch((error: unknown) => {
        if ((error as Error).name !== 'AbortError') setLoaded({ status: 'missing' });
      });
    return () => abort.abort();
  }, [siteId, query.fixture]);

  if (loaded.status === 'refused') {
    return (
      <main className="page" id="main">
        <SitePackProblems siteId={siteId} problems={loaded.problems} />
      </main>
    );
  }
  if (loaded.status !== 'ready') {
    return (
      <main className="page" id="main">
        <p role={loaded.status === 'missing' ? 'alert' : 'status'}>{t(loaded.status === 'missing' ? 'twin.standalone.siteMissing' : 'twin.loading')}</p>
      </main>
    );
  }
  const { site, scene } = loaded;
  const shown = site.options.some((o) => o.id === optionId) ? optionId! : (site.options.find((o) => o.existing) ?? site.options[0])!.id;
  return (
    <main className="page twin-page" id="main">
      <h1>{t('twin.standalone.heading', { site: pick(site.name) })}</h1>
      <p className="hint">{t('twin.standalone.note')}</p>
      <Suspense fallback={<p role="status">{t('twin.loading')}</p>}>
        <LazyTwinPanel site={site} scene={scene} optionId={shown} onOptionChange={setOptionId} initialView={query} onPick={setPicked} />
      </Suspense>
      <p className="hint twin-picked" role="status">
        {picked && <PickText pick={picked} />}
      </p>
    </main>
  );
}

function PickText({ pick }: { pick: ScenePick }) {
  const { t } = useTranslation();
  // not "lng": i18next reads an option of that name as the language to translate into
  const where = { latitude: pick.geo.lat.toFixed(6), longitude: pick.geo.lng.toFixed(6) };
  return <>{pick.featureId ? t('twin.standalone.picked', { feature: pick.featureId, layer: pick.layer ?? '', ...where }) : t('twin.standalone.pickedGround', where)}</>;
}
