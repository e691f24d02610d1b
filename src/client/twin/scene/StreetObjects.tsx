import { use, useMemo } from 'react';
import { groupByModel, type StreetObject } from '../build/street-objects.ts';
import type { GrowthClock } from './growth-clock.ts';
import { ModelInstances } from './ModelInstances.tsx';
import { useTwin } from './twin-context.ts';

/** Trees, furniture and option models, one InstancedMesh per model. Suspends until the
 * models are loaded (they are prefetched for every option when the twin opens). */
export function StreetObjects({ objects, growth }: { objects: readonly StreetObject[]; growth?: GrowthClock }) {
  const { library } = useTwin();
  const groups = useMemo(() => groupByModel(objects), [objects]);
  const ids = useMemo(() => [...groups.keys()], [groups]);
  const models = use(library.loadAll(ids));
  return (
    <>
      {[...groups].map(([modelId, group]) => {
        const model = models.get(modelId);
        return model ? <ModelInstances key={modelId} model={model} objects={group} growth={growth} /> : null;
      })}
    </>
  );
}
