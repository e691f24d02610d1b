import { lazy } from 'react';

/**
 * The twin as a lazy component: three.js, R3F and the models' decoder arrive in their own chunk
 * when a screen first renders it, so the landing and join screens never download them. Wrap it
 * in <Suspense>. Props: TwinPanelProps (twin-panel-props.ts, a type-only import).
 */
export const LazyTwinPanel = lazy(() => import('./TwinPanel.tsx'));
