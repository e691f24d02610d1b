// The PBR palette shared by all street-furniture models: base colour, roughness and metalness only,
// no textures, so every model stays a few kilobytes and renders the same in the twin and in AR.

export interface PbrMaterial {
  /** Material name written to the glTF; also the key parts are grouped (and merged) by. */
  name: string;
  /** Base colour as an sRGB hex (what a designer picks); converted to linear when written. */
  srgb: number;
  roughness: number;
  metallic: number;
}

function material(name: string, srgb: number, roughness: number, metallic = 0): PbrMaterial {
  return { name, srgb, roughness, metallic };
}

export const MATERIALS = {
  bark: material('bark', 0x5b4433, 0.95),
  foliageDeep: material('foliage-deep', 0x3f6b35, 0.85),
  foliageLight: material('foliage-light', 0x6c9a48, 0.85),
  shrub: material('shrub', 0x4c7d3c, 0.85),
  leafyGreens: material('leafy-greens', 0x7fae4e, 0.8),
  flowers: material('flowers', 0xd9a23b, 0.7),
  soil: material('soil', 0x4a3728, 1),
  timber: material('timber', 0xa9784a, 0.75),
  timberDark: material('timber-dark', 0x7a5434, 0.8),
  concrete: material('concrete', 0xb9b5ad, 0.9),
  granite: material('granite', 0x8e8b86, 0.8),
  powderCoatDark: material('powder-coat-dark', 0x33393f, 0.45, 0.6),
  powderCoatGreen: material('powder-coat-green', 0x2f4f43, 0.5, 0.5),
  galvanisedSteel: material('galvanised-steel', 0xa7adb3, 0.35, 0.9),
  reflectiveBand: material('reflective-band', 0xe9e6dc, 0.3),
  luminaireLens: material('luminaire-lens', 0xfff3d6, 0.2),
  noticePanel: material('notice-panel', 0xb98f5e, 0.95), // cork
  paper: material('paper', 0xf4f1e8, 0.9),
  roofTiles: material('roof-tiles', 0x4c5257, 0.7, 0.2),
  stoneTerracotta: material('stone-terracotta', 0xc0734f, 0.9),
  stoneSand: material('stone-sand', 0xd8c59a, 0.9),
  stoneSage: material('stone-sage', 0x8fa886, 0.9),
} as const satisfies Record<string, PbrMaterial>;

/** glTF base colours are linear: convert one sRGB channel (0–1) with the standard transfer curve. */
function srgbChannelToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** RGBA in linear space, rounded to 4 decimals so the JSON chunk is short and stable. */
export function linearBaseColor(m: PbrMaterial): [number, number, number, number] {
  const channel = (shift: number) => {
    const linear = srgbChannelToLinear(((m.srgb >> shift) & 0xff) / 255);
    return Math.round(linear * 10000) / 10000;
  };
  return [channel(16), channel(8), channel(0), 1];
}
