import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n-text.ts';
import { SlugSchema } from '../protocol/primitives.ts';
import { AreaGeometrySchema, featureCollection, PointGeometrySchema } from './geojson-schema.ts';

// The 3D side of a site pack (format v1): which GeoJSON layers draw the street as it is, what
// each design option places and repaves, where AR alignment anchors and named viewpoints are.
// site.json names files; their contents are validated here too, so a broken file is reported
// with its own path ("layers/buildings.geojson: features[3].properties.height: …").

/** A file inside the pack folder: relative, no `..`, so a pack cannot reach outside itself. */
export const PackFileSchema = z
  .string()
  .regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9._/-]{1,120}$/, 'a relative path inside the pack folder, without ".."');

/** Model ids the app ships (public/models/manifest.json); packs place them by id. */
export const ModelIdSchema = SlugSchema;

export const SURFACE_MATERIALS = [
  'asphalt',
  'paving',
  'permeable-paving',
  'planting-bed',
  'lawn',
  'soil',
  'bike-lane',
  'plaza',
  'gravel',
  'water',
] as const;
export const SurfaceMaterialSchema = z.enum(SURFACE_MATERIALS);
export type SurfaceMaterial = z.infer<typeof SurfaceMaterialSchema>;

const NameProperty = LocalizedTextSchema.optional();

/** Buildings: footprints with a height in metres, or a number of levels (3 m each). */
export const BuildingsLayerSchema = featureCollection(
  AreaGeometrySchema,
  z
    .object({
      height: z.number().positive().max(300).optional(),
      levels: z.number().int().positive().max(100).optional(),
      name: NameProperty,
      kind: z.enum(['residential', 'shop', 'public', 'gate', 'wall']).optional(),
    })
    .strict()
    .refine((p) => p.height !== undefined || p.levels !== undefined, 'a building needs "height" (metres) or "levels"'),
);

/** Flat areas of the street as it is: carriageway, sidewalks, green. */
export const SurfaceLayerSchema = featureCollection(
  AreaGeometrySchema,
  z.object({ material: SurfaceMaterialSchema.optional(), name: NameProperty }).strict(),
);

/** Existing trees: points with an optional height (default 6 m). */
export const TreesLayerSchema = featureCollection(
  PointGeometrySchema,
  z.object({ height: z.number().positive().max(40).optional(), species: NameProperty }).strict(),
);

/** Existing street furniture: points placing a shipped model. */
export const FurnitureLayerSchema = featureCollection(
  PointGeometrySchema,
  z.object({ model: ModelIdSchema, heading: z.number().min(0).max(360).optional(), scale: z.number().positive().max(10).optional() }).strict(),
);

export const LAYER_SCHEMAS = {
  buildings: BuildingsLayerSchema,
  carriageway: SurfaceLayerSchema,
  sidewalks: SurfaceLayerSchema,
  green: SurfaceLayerSchema,
  trees: TreesLayerSchema,
  furniture: FurnitureLayerSchema,
} as const;
export type LayerName = keyof typeof LAYER_SCHEMAS;
export const LAYER_NAMES = Object.keys(LAYER_SCHEMAS) as LayerName[];

/** site.json `layers`: which file draws each layer of the street as it is today. */
export const LayersSchema = z
  .object(Object.fromEntries(LAYER_NAMES.map((name) => [name, PackFileSchema.optional()])) as Record<LayerName, z.ZodOptional<typeof PackFileSchema>>)
  .strict();

/** A model an option puts on the street, by its geo position. */
export const PlacedModelSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9._:-]{1,64}$/),
    model: ModelIdSchema,
    lng: z.number().min(-180).max(180),
    lat: z.number().min(-90).max(90),
    /** degrees clockwise from north */
    heading: z.number().min(0).max(360).default(0),
    scale: z.number().positive().max(10).default(1),
  })
  .strict();

/** What a design option changes: the file an option's `scene` names. */
export const OptionSceneSchema = z
  .object({
    /** models added by the option */
    models: z.array(PlacedModelSchema).max(2000),
    /** areas the option repaves or replants, drawn over the existing surfaces */
    surfaces: featureCollection(AreaGeometrySchema, z.object({ material: SurfaceMaterialSchema, name: NameProperty }).strict()).optional(),
    /** existing trees and furniture (feature ids) the option removes */
    removes: z.array(z.string()).max(2000).optional(),
  })
  .strict();

/** A surveyed point for AR alignment: stand here, tap the spot on the ground. */
export const AnchorSchema = z
  .object({
    id: SlugSchema,
    name: LocalizedTextSchema,
    lng: z.number().min(-180).max(180),
    lat: z.number().min(-90).max(90),
    height: z.number().min(-20).max(100).default(0),
    description: LocalizedTextSchema.optional(),
    photo: PackFileSchema.optional(),
  })
  .strict();

/** A named camera position: where a person would stand and look. */
export const ViewpointSchema = z
  .object({
    id: SlugSchema,
    name: LocalizedTextSchema,
    lng: z.number().min(-180).max(180),
    lat: z.number().min(-90).max(90),
    /** eye height above ground, metres */
    height: z.number().min(0.5).max(300).default(1.6),
    /** degrees clockwise from north */
    heading: z.number().min(0).max(360),
    /** degrees, up positive */
    pitch: z.number().min(-90).max(90).default(0),
  })
  .strict();

export type Layers = z.infer<typeof LayersSchema>;
export type PlacedModel = z.infer<typeof PlacedModelSchema>;
export type OptionScene = z.infer<typeof OptionSceneSchema>;
export type Anchor = z.infer<typeof AnchorSchema>;
export type Viewpoint = z.infer<typeof ViewpointSchema>;
export type BuildingsLayer = z.infer<typeof BuildingsLayerSchema>;
export type SurfaceLayer = z.infer<typeof SurfaceLayerSchema>;
export type TreesLayer = z.infer<typeof TreesLayerSchema>;
export type FurnitureLayer = z.infer<typeof FurnitureLayerSchema>;

/** Everything the 3D twin needs beyond site.json, resolved from the pack's files by the server
 * (GET /api/sites/:id/scene). */
export interface SceneBundle {
  siteId: string;
  layers: {
    buildings?: BuildingsLayer;
    carriageway?: SurfaceLayer;
    sidewalks?: SurfaceLayer;
    green?: SurfaceLayer;
    trees?: TreesLayer;
    furniture?: FurnitureLayer;
  };
  /** by option id; an option without a scene file changes nothing in 3D */
  options: Record<string, OptionScene>;
}
