import { lazy } from 'react';

/**
 * The session twin's scene parts as lazy components: they import three.js, and the session
 * chunk (prefetched while someone types a join code) must not. Render them only as children
 * of LazyTwinPanel, which provides the Canvas and a Suspense boundary around scene content.
 * Props: PinsLayerProps (pins-layer-props.ts, type-only).
 */
export const LazyPinsLayer = lazy(() => import('./PinsLayer.tsx'));

/** Pauses the twin's render loop while its section is hidden (RenderWhileShown.tsx). */
export const LazyRenderWhileShown = lazy(() => import('./RenderWhileShown.tsx'));
