import { DataTexture, LinearFilter, LinearMipmapLinearFilter, RepeatWrapping, SRGBColorSpace } from 'three';

/** One texture cell is one storey high and one window bay wide. */
export const FACADE_CELL_METRES = 3;
/** A UV inside the plain wall margin of the cell: roofs and windowless kinds sample only this. */
export const FACADE_PLAIN_UV: readonly [number, number] = [0.03, 0.03];

const SIZE = 16;

/**
 * A white wall cell with one grey-blue window, multiplied by the per-vertex wall colour. It
 * makes storeys and scale readable at eye height for the cost of a 1 KB texture (no file, no
 * fetch). The window sits above sill height and leaves a margin for FACADE_PLAIN_UV.
 */
export function createFacadeTexture(): DataTexture {
  const data = new Uint8Array(SIZE * SIZE * 4);
  for (let row = 0; row < SIZE; row++) {
    for (let col = 0; col < SIZE; col++) {
      const isWindow = col >= 4 && col < 12 && row >= 5 && row < 12;
      const i = (row * SIZE + col) * 4;
      data[i] = isWindow ? 112 : 255;
      data[i + 1] = isWindow ? 126 : 255;
      data[i + 2] = isWindow ? 140 : 255;
      data[i + 3] = 255;
    }
  }
  const texture = new DataTexture(data, SIZE, SIZE);
  texture.colorSpace = SRGBColorSpace;
  texture.wrapS = texture.wrapT = RepeatWrapping;
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearMipmapLinearFilter;
  texture.generateMipmaps = true;
  texture.anisotropy = 4;
  texture.needsUpdate = true;
  return texture;
}
