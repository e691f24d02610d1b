/**
 * Which site feature each triangle of a merged mesh came from. Merging a layer into one
 * geometry is what keeps draw calls low, but a tap on a building must still say which building:
 * the builder records each feature's run of triangles here, and a raycast hit's `faceIndex` is
 * looked up by binary search.
 */
export class FaceFeatureRanges {
  private readonly starts: number[] = [];
  private readonly ids: string[] = [];
  private total = 0;

  /** Appends the next `triangles` triangles of the merged geometry as belonging to `featureId`. */
  add(featureId: string, triangles: number): void {
    if (triangles <= 0) return;
    this.starts.push(this.total);
    this.ids.push(featureId);
    this.total += triangles;
  }

  get triangleCount(): number {
    return this.total;
  }

  idAt(faceIndex: number): string | undefined {
    if (!(faceIndex >= 0 && faceIndex < this.total)) return undefined;
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= faceIndex) low = mid;
      else high = mid - 1;
    }
    return this.ids[low];
  }
}
