import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createEnuFrame } from '../../core/geo/enu.ts';
import type { SceneBundle } from '../../core/site/scene-schema.ts';
import { useLocalized } from '../i18n/localized.ts';
import { CameraRig } from './camera/camera-rig.ts';
import { TwinControls } from './controls/TwinControls.tsx';
import { allModelIds, tallestHeight } from './data/scene-extent.ts';
import { siteBounds } from './geo/site-bounds.ts';
import { sharedModelLibrary } from './models/model-library.ts';
import { RenderPacing, renderLoopFromQuery } from './scene/render-pacing.ts';
import { TwinContext, type TwinContextValue } from './scene/twin-context.ts';
import { createTwinViewStore } from './state/twin-view-store.ts';
import type { TwinPanelProps } from './twin-panel-props.ts';
import { TwinViewport } from './TwinViewport.tsx';

/** The twin once its scene bundle is here: builds the frame, bounds, camera rig and view
 * store, provides them, and lays out the viewport and the controls. */
export function TwinView(props: TwinPanelProps & { bundle: SceneBundle }) {
  const { site, bundle, optionId, onOptionChange, initialView, onPick, onCameraRig, children } = props;
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const frame = useMemo(() => createEnuFrame(site.origin), [site.origin]);
  const bounds = useMemo(() => siteBounds(frame, site, bundle), [frame, site, bundle]);
  const [viewStore] = useState(() => createTwinViewStore(initialView));
  const rig = useMemo(() => new CameraRig(bounds, (mode) => viewStore.setState({ cameraMode: mode })), [bounds, viewStore]);
  const library = sharedModelLibrary();
  const [pacing] = useState(() => new RenderPacing());
  const [renderLoop] = useState(() => renderLoopFromQuery(window.location.search));

  useEffect(() => {
    void library.loadAll(allModelIds(bundle));
  }, [library, bundle]);
  useEffect(() => onCameraRig?.(rig), [rig, onCameraRig]);

  const twin = useMemo<TwinContextValue>(
    () => ({
      site,
      frame,
      bundle,
      bounds,
      topHeight: tallestHeight(bundle),
      rig,
      viewStore,
      library,
      compareTargets: { baseline: null, option: null },
      pacing,
      renderLoop,
    }),
    [site, frame, bundle, bounds, rig, viewStore, library, pacing, renderLoop],
  );

  return (
    <TwinContext.Provider value={twin}>
      <section className="twin" aria-label={t('twin.region', { site: pick(site.name) })}>
        <TwinViewport optionId={optionId} initialViewpointId={initialView?.viewpointId} onPick={onPick}>
          {children}
        </TwinViewport>
        <TwinControls optionId={optionId} onOptionChange={onOptionChange} />
      </section>
    </TwinContext.Provider>
  );
}
