import { z } from 'zod';

// Just the GeoJSON (RFC 7946) a site pack uses: WGS-84 positions, polygons, lines and points.
// Strict enough that a typo in a planner's file is caught with its path, loose where GeoJSON
// itself allows extra members (a position's altitude, a feature's foreign members are refused
// only where they would be silently ignored).

const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).rest(z.number());

const LinearRing = z
  .array(Position)
  .min(4)
  .refine((ring) => ring[0]![0] === ring[ring.length - 1]![0] && ring[0]![1] === ring[ring.length - 1]![1], 'a ring must be closed: the last position repeats the first');

export const PointGeometrySchema = z.object({ type: z.literal('Point'), coordinates: Position }).strict();
export const LineStringGeometrySchema = z.object({ type: z.literal('LineString'), coordinates: z.array(Position).min(2) }).strict();
export const PolygonGeometrySchema = z.object({ type: z.literal('Polygon'), coordinates: z.array(LinearRing).min(1) }).strict();
export const MultiPolygonGeometrySchema = z
  .object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(LinearRing).min(1)).min(1) })
  .strict();

export const AreaGeometrySchema = z.discriminatedUnion('type', [PolygonGeometrySchema, MultiPolygonGeometrySchema]);

/** A FeatureCollection whose features have geometry `G` and properties `P`. Every feature needs
 * an `id` (string): annotations attach to site objects by it. */
export function featureCollection<G extends z.ZodType, P extends z.ZodType>(geometry: G, properties: P) {
  return z
    .object({
      type: z.literal('FeatureCollection'),
      features: z.array(
        z
          .object({
            type: z.literal('Feature'),
            id: z.string().regex(/^[A-Za-z0-9._:-]{1,64}$/, 'a feature id is 1–64 letters, digits or . _ : -'),
            geometry,
            properties,
          })
          .strict(),
      ),
    })
    .passthrough()
    .superRefine((fc, ctx) => {
      const seen = new Map<string, number>();
      fc.features.forEach((f, i) => {
        const first = seen.get(f.id);
        if (first !== undefined) ctx.addIssue({ code: 'custom', message: `duplicate feature id "${f.id}" (also features[${first}])`, path: ['features', i, 'id'] });
        else seen.set(f.id, i);
      });
    });
}

export type PolygonGeometry = z.infer<typeof PolygonGeometrySchema>;
export type MultiPolygonGeometry = z.infer<typeof MultiPolygonGeometrySchema>;
export type AreaGeometry = z.infer<typeof AreaGeometrySchema>;
export type PointGeometry = z.infer<typeof PointGeometrySchema>;
