import { lazy } from 'react';

/**
 * Other people's avatars, this person's pose and "follow the facilitator", as a lazy
 * component: PeopleLayer imports three.js, which the session chunk must not. Render it only as
 * a child of LazyTwinPanel (inside its Canvas). Props: PeopleLayerProps.
 */
export const LazyPeopleLayer = lazy(() => import('./PeopleLayer.tsx'));
