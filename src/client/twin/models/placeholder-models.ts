import { BoxGeometry, ConeGeometry, CylinderGeometry, Group, IcosahedronGeometry, Mesh, MeshStandardMaterial, type BufferGeometry } from 'three';
import { bakeModel, type BakedModel } from './bake-model.ts';

/**
 * Stand-ins for models the app does not ship (yet): rough shapes at realistic sizes, so a
 * pack still shows where things stand and their shadows. Kinds are guessed from the model id.
 */
interface Stand {
  match: RegExp;
  width: number;
  depth: number;
  height: number;
  colour: string;
}

const STANDS: Stand[] = [
  { match: /lamp|light/, width: 0.25, depth: 0.25, height: 6, colour: '#3a4046' },
  { match: /bollard/, width: 0.25, depth: 0.25, height: 0.9, colour: '#6d7378' },
  { match: /bench|seat|chair/, width: 1.8, depth: 0.6, height: 0.85, colour: '#a9784a' },
  { match: /table/, width: 1.2, depth: 1.2, height: 0.75, colour: '#a9784a' },
  { match: /bike|rack/, width: 2, depth: 0.6, height: 0.8, colour: '#a7adb3' },
  { match: /bed|planter|garden/, width: 2, depth: 1, height: 0.5, colour: '#7a5434' },
  { match: /shrub|hedge/, width: 1, depth: 1, height: 0.9, colour: '#4c7d3c' },
  { match: /pergola|shade|shelter|canopy/, width: 3, depth: 3, height: 2.6, colour: '#7a5434' },
  { match: /notice|board|sign/, width: 1.2, depth: 0.2, height: 2, colour: '#2f4f43' },
];
const DEFAULT_STAND: Stand = { match: /./, width: 1, depth: 1, height: 1, colour: '#8e8b86' };

function material(name: string, colour: string): MeshStandardMaterial {
  return new MeshStandardMaterial({ name, color: colour, roughness: 0.85 });
}

function placed(geometry: BufferGeometry, y: number, mat: MeshStandardMaterial): Mesh {
  const mesh = new Mesh(geometry, mat);
  mesh.position.y = y;
  return mesh;
}

function placeholderTree(): Group {
  const group = new Group();
  const bark = material('placeholder-bark', '#5b4433');
  const leaves = material('placeholder-foliage', '#4f7d3f');
  group.add(placed(new CylinderGeometry(0.12, 0.18, 2.6, 7), 1.3, bark));
  group.add(placed(new IcosahedronGeometry(1.9, 1), 4.1, leaves));
  group.add(placed(new ConeGeometry(1.2, 1.4, 7), 5.6, leaves));
  return group;
}

export function placeholderModel(id: string): BakedModel {
  if (/tree/.test(id)) return bakeModel(id, placeholderTree());
  const stand = STANDS.find((s) => s.match.test(id)) ?? DEFAULT_STAND;
  const group = new Group();
  group.add(placed(new BoxGeometry(stand.width, stand.height, stand.depth), stand.height / 2, material(`placeholder-${id}`, stand.colour)));
  return bakeModel(id, group);
}
