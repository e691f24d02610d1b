import { useTranslation } from 'react-i18next';
import { useSceneBundle } from './data/use-scene-bundle.ts';
import { webglAvailable } from './data/webgl-support.ts';
import { TwinErrorBoundary, TwinFallback } from './TwinFallback.tsx';
import type { TwinPanelProps } from './twin-panel-props.ts';
import { TwinView } from './TwinView.tsx';

/**
 * The 3D twin of a site: the entry of the lazily loaded twin chunk (everything three.js and
 * R3F sits behind it). Load it with LazyTwinPanel (lazy-twin-panel.ts), never import it
 * directly from screens that must stay light.
 */
export default function TwinPanel(props: TwinPanelProps) {
  const { t } = useTranslation();
  const [state, retry] = useSceneBundle(props.site.id, props.scene);
  if (!webglAvailable()) return <TwinFallback site={props.site} optionId={props.optionId} />;
  if (state.status === 'loading') {
    return (
      <div className="twin twin-status" role="status">
        {t('twin.loading')}
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="twin twin-status" role="alert">
        <p>{t('twin.loadFailed')}</p>
        <button type="button" className="button" onClick={retry}>
          {t('twin.retry')}
        </button>
      </div>
    );
  }
  return (
    <TwinErrorBoundary fallback={<TwinFallback site={props.site} optionId={props.optionId} />}>
      <TwinView {...props} bundle={state.bundle} />
    </TwinErrorBoundary>
  );
}
