import { PointsMaterial, type IUniform } from 'three';
import { SPRITE_MIN_NDC, spriteHeightGlsl } from './pin-sprite-size.ts';

/** What the sprites' shader needs besides three's own uniforms. */
export interface SpriteUniforms {
  /** spriteMinNdc for the view's height */
  pinMinNdc: IUniform<number>;
}

// The pin's silhouette in the point's square (gl_PointCoord: x right, y down, tip at the
// bottom centre): a round head and a stem narrowing to the tip, a rim a little darker and the
// head lit from the upper left, so a pin a dozen pixels tall still reads as a round marker.
const SILHOUETTE = /* glsl */ `
  vec2 pinAt = gl_PointCoord;
  vec2 fromHead = (pinAt - vec2(0.5, 0.3)) / 0.29;
  float headDistance = length(fromHead);
  float stemHalfWidth = 0.15 * clamp((1.0 - pinAt.y) / 0.5, 0.0, 1.0);
  bool inStem = pinAt.y > 0.45 && abs(pinAt.x - 0.5) < stemHalfWidth;
  if (headDistance > 1.0 && !inStem) discard;
  float pinShade = 0.72;
  if (headDistance <= 1.0) {
    vec3 normal = vec3(fromHead.x, -fromHead.y, sqrt(max(1.0 - headDistance * headDistance, 0.0)));
    pinShade = 0.5 + 0.6 * max(dot(normal, normalize(vec3(-0.45, 0.55, 0.7))), 0.0);
    if (headDistance > 0.82) pinShade *= 0.7;
  } else if (pinAt.x > 0.5) {
    pinShade = 0.55;
  }
  diffuseColor.rgb *= pinShade;
`;

/**
 * The far pins: one point each, drawn as a pin-shaped sprite standing on its tip. Its height
 * follows pin-sprite-size.ts (perspective, with a minimum on screen, pinMinNdc); `pinScale` enlarges the
 * selected one. Colours come per point (vertex colours).
 */
export function createPinSpriteMaterial(): { material: PointsMaterial; uniforms: SpriteUniforms } {
  const material = new PointsMaterial({ vertexColors: true, sizeAttenuation: false });
  const uniforms: SpriteUniforms = { pinMinNdc: { value: SPRITE_MIN_NDC } };
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms);
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
attribute float pinScale;
uniform float pinMinNdc;`,
      )
      .replace(
        '#include <logdepthbuf_vertex>',
        `float pinHeight = ${spriteHeightGlsl('projectionMatrix[1][1]', '-mvPosition.z', 'pinMinNdc')} * pinScale;
  gl_PointSize = pinHeight * scale;
  // the point is centred on its vertex: lift it by half its height so the tip is on the pin
  gl_Position.y += 0.5 * pinHeight * gl_Position.w;
  #include <logdepthbuf_vertex>`,
      );
    shader.fragmentShader = shader.fragmentShader.replace('#include <color_fragment>', `#include <color_fragment>\n${SILHOUETTE}`);
  };
  material.customProgramCacheKey = () => 'gongjian-pin-sprites';
  return { material, uniforms };
}
