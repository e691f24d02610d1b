import { MeshBasicMaterial, MeshLambertMaterial } from 'three';
import { GROW_FROM_METRES, GROW_MAX } from './pin-growth.ts';

const float = (n: number) => (Number.isInteger(n) ? `${n}.0` : String(n));

/**
 * Flat-shaded Lambert (facets read as low-poly, and it is the cheapest lit material), with
 * each instance's colour, and markers that grow with their distance from the camera
 * (pin-growth.ts) — done in the vertex shader, so moving the camera rewrites no matrices.
 */
export function createPinKiteMaterial(): MeshBasicMaterial {
  const material = new MeshBasicMaterial({ vertexColors: true });
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader.replace(
      '#include <project_vertex>',
      `vec4 pinTip = modelViewMatrix * instanceMatrix * vec4(0.0, 0.0, 0.0, 1.0);
  float pinSize = length(instanceMatrix[0].xyz) * clamp(length(pinTip.xyz) / ${float(GROW_FROM_METRES)}, 1.0, ${float(GROW_MAX)});
  vec4 mvPosition = pinTip + vec4(transformed.xy * pinSize, 0.0, 0.0);
  gl_Position = projectionMatrix * mvPosition;`,
    );
  };
  material.customProgramCacheKey = () => 'gongjian-pin-kites';
  return material;
}

export function createPinMaterial(): MeshLambertMaterial {
  const EXP = typeof location === 'undefined' ? '' : new URLSearchParams(location.search).get('pinexp') ?? '';
  const material = EXP.includes('basic') ? (new MeshBasicMaterial() as unknown as MeshLambertMaterial) : new MeshLambertMaterial({ flatShading: !EXP.includes('smooth') });
  if (EXP.includes('nogrow')) return material;
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader.replace(
      '#include <begin_vertex>',
      `#include <begin_vertex>
#ifdef USE_INSTANCING
  vec3 pinTip = (modelMatrix * instanceMatrix * vec4(0.0, 0.0, 0.0, 1.0)).xyz;
  transformed *= clamp(distance(cameraPosition, pinTip) / ${float(GROW_FROM_METRES)}, 1.0, ${float(GROW_MAX)});
#endif`,
    );
  };
  material.customProgramCacheKey = () => 'gongjian-pins';
  return material;
}
