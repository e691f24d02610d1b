let cached: boolean | undefined;

/** Whether this browser can make a WebGL context at all (old WebViews, blocked GPUs). Asked
 * once; the twin shows the option's text instead of an empty box when it cannot. */
export function webglAvailable(): boolean {
  if (cached !== undefined) return cached;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    cached = gl !== null;
    gl?.getExtension('WEBGL_lose_context')?.loseContext(); // give the context back at once
  } catch {
    cached = false;
  }
  return cached;
}
