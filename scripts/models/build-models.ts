// `npm run models:build`: regenerates public/models/*.glb and manifest.json from the procedural
// sources in scripts/models/kinds, then prints what each model costs. Commit the output.
import { fileURLToPath } from 'node:url';
import { buildModelFiles } from './build-model-files.ts';

const OUT_DIR = fileURLToPath(new URL('../../public/models/', import.meta.url));

const entries = await buildModelFiles(OUT_DIR);
const rows = entries.map((e) => ({ id: e.id, triangles: e.triangles, bytes: e.bytes }));
rows.push({ id: 'total', triangles: rows.reduce((s, r) => s + r.triangles, 0), bytes: rows.reduce((s, r) => s + r.bytes, 0) });
console.log(`models written to ${OUT_DIR}`);
console.table(rows);
