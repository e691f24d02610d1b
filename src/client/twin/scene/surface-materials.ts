import { MeshStandardMaterial, type Texture } from 'three';
import type { SurfaceMaterial } from '../../../core/site/scene-schema.ts';
import { createFacadeTexture } from '../build/facade-texture.ts';
import { createPlantingTexture } from '../build/planting-texture.ts';
import { SURFACE_LOOKS, surfaceLayerRank, type SurfaceLayerName } from '../build/surface-palette.ts';

/**
 * The twin's materials, made once per scene and shared: one per surface material and layer
 * (layers differ in polygon offset, which is a material setting), and one for all buildings.
 * Disposed with the scene.
 */
export class TwinMaterials {
  private readonly surfaces = new Map<string, MeshStandardMaterial>();
  private readonly textures: Texture[] = [];
  private planting: Texture | undefined;
  readonly buildings: MeshStandardMaterial;
  readonly ground = new MeshStandardMaterial({ color: '#a3a897', roughness: 1 });

  constructor() {
    const facade = createFacadeTexture();
    this.textures.push(facade);
    this.buildings = new MeshStandardMaterial({ vertexColors: true, map: facade, roughness: 0.85 });
  }

  surface(layer: SurfaceLayerName, material: SurfaceMaterial): MeshStandardMaterial {
    const key = `${layer}/${material}`;
    let made = this.surfaces.get(key);
    if (!made) {
      const look = SURFACE_LOOKS[material];
      const rank = surfaceLayerRank(layer);
      made = new MeshStandardMaterial({
        color: look.color,
        roughness: look.roughness,
        map: look.pattern === 'planting' ? this.plantingTexture() : null,
        // a higher layer wins the depth test against a lower one at any distance
        polygonOffset: true,
        polygonOffsetFactor: -rank,
        polygonOffsetUnits: -rank * 2,
      });
      this.surfaces.set(key, made);
    }
    return made;
  }

  dispose(): void {
    for (const material of this.surfaces.values()) material.dispose();
    this.buildings.dispose();
    this.ground.dispose();
    for (const texture of this.textures) texture.dispose();
  }

  private plantingTexture(): Texture {
    if (!this.planting) {
      this.planting = createPlantingTexture();
      this.textures.push(this.planting);
    }
    return this.planting;
  }
}
