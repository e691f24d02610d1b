import { DataTexture, LinearFilter, LinearMipmapLinearFilter, RepeatWrapping, SRGBColorSpace } from 'three';

const SIZE = 32;
const SOIL = [92, 70, 50];
const GREENS = [
  [78, 122, 58],
  [104, 150, 70],
  [62, 100, 48],
];

/** A tiny deterministic generator, so every client draws the same beds. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Soil with clumps of green: a planting bed should read as planted, not as bare earth or as
 * lawn. Generated in memory (no file to fetch); UVs are metres and the texture covers 1.25 m.
 */
export function createPlantingTexture(): DataTexture {
  const random = seeded(7);
  const data = new Uint8Array(SIZE * SIZE * 4);
  for (let i = 0; i < SIZE * SIZE; i++) data.set([...SOIL, 255], i * 4);
  for (let clump = 0; clump < 60; clump++) {
    const cx = Math.floor(random() * SIZE);
    const cy = Math.floor(random() * SIZE);
    const colour = GREENS[Math.floor(random() * GREENS.length)]!;
    const radius = 1 + random() * 2.5;
    for (let dy = -3; dy <= 3; dy++) {
      for (let dx = -3; dx <= 3; dx++) {
        if (dx * dx + dy * dy > radius * radius) continue;
        const x = (cx + dx + SIZE) % SIZE; // wraps, so the tile repeats without seams
        const y = (cy + dy + SIZE) % SIZE;
        data.set([...colour, 255], (y * SIZE + x) * 4);
      }
    }
  }
  const texture = new DataTexture(data, SIZE, SIZE);
  texture.colorSpace = SRGBColorSpace;
  texture.wrapS = texture.wrapT = RepeatWrapping;
  texture.repeat.set(0.8, 0.8);
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearMipmapLinearFilter;
  texture.generateMipmaps = true;
  texture.needsUpdate = true;
  return texture;
}
