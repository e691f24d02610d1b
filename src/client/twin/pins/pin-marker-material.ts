import { MeshLambertMaterial } from 'three';
import { MARKER_EYE_POINT, MARKER_HIDDEN_WITHIN_METRES } from './pin-marker-geometry.ts';

/**
 * The near markers' material: flat-shaded Lambert, so the facets read as low-poly, coloured
 * per instance (instanceColor) by category. A marker right in front of the camera is moved
 * out of the view in the vertex shader, so a walker never has a pin across the screen (the
 * near set is chosen every few metres; this check is per frame, on the GPU).
 */
export function createPinMarkerMaterial(): MeshLambertMaterial {
  const material = new MeshLambertMaterial({ flatShading: true });
  const f = (n: number) => (Number.isInteger(n) ? `${n}.0` : String(n));
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader.replace(
      '#include <project_vertex>',
      `#include <project_vertex>
  vec3 pinEyePoint = (modelMatrix * instanceMatrix * vec4(0.0, ${f(MARKER_EYE_POINT)}, 0.0, 1.0)).xyz;
  if (distance(pinEyePoint, cameraPosition) < ${f(MARKER_HIDDEN_WITHIN_METRES)}) gl_Position = vec4(2.0, 2.0, 2.0, 1.0);`,
    );
  };
  material.customProgramCacheKey = () => 'gongjian-pin-markers';
  return material;
}
