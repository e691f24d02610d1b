import type { Role } from '../../../core/protocol/primitives.ts';
import { mergeNearbyLabels, type LabelSpot } from './label-merging.ts';

interface Label {
  element: HTMLSpanElement;
  name: string;
  role: Role;
  /** last values written, so a still label costs no DOM writes */
  text: string;
  transform: string;
  opacity: string;
}

interface Offer extends LabelSpot {
  opacity: number;
}

/**
 * The names over avatars: one absolutely placed layer over the canvas with one plain <span>
 * per person, moved by a CSS transform each frame. No React root per label (drei's <Html>
 * would make one each) and no layout reads: transforms, opacity and, rarely, text.
 *
 * Labels that meet on screen merge into one, "李老师 · 主持人 +5" (label-merging.ts).
 *
 * The layer is hidden from assistive technology; the session's presence list is the
 * accessible list of who is here and what they are looking at.
 */
export class NameLabels {
  private layer: HTMLDivElement | null = null;
  private readonly labels = new Map<string, Label>();
  private readonly offers: Offer[] = [];
  private offerCount = 0;

  attach(parent: HTMLElement): void {
    this.detach();
    const layer = document.createElement('div');
    layer.className = 'people-labels';
    layer.setAttribute('aria-hidden', 'true');
    for (const label of this.labels.values()) layer.append(label.element);
    parent.append(layer);
    this.layer = layer;
  }

  detach(): void {
    this.layer?.remove();
    this.layer = null;
  }

  /** Adds or renames one person's label. Text only: names are never read as HTML. */
  set(connectionId: string, name: string, role: Role): void {
    let label = this.labels.get(connectionId);
    if (!label) {
      const element = document.createElement('span');
      element.className = 'people-label';
      element.hidden = true;
      label = { element, name, role, text: '', transform: '', opacity: '' };
      this.labels.set(connectionId, label);
      this.layer?.append(element);
    }
    label.name = name;
    label.role = role;
    if (label.element.dataset.role !== role) label.element.dataset.role = role;
  }

  /** Drops every label but those of `connectionIds`. */
  retain(connectionIds: ReadonlySet<string>): void {
    for (const [id, label] of this.labels) {
      if (connectionIds.has(id)) continue;
      label.element.remove();
      this.labels.delete(id);
    }
  }

  beginFrame(): void {
    this.offerCount = 0;
  }

  /** This label's bottom centre belongs at (x, y) CSS pixels from the canvas's top left this
   * frame. Labels not offered between beginFrame and endFrame are hidden. */
  offer(connectionId: string, x: number, y: number, opacity: number): void {
    let offer = this.offers[this.offerCount];
    if (!offer) this.offers.push((offer = { id: '', x: 0, y: 0, opacity: 0, leads: false }));
    Object.assign(offer, { id: connectionId, x, y, opacity, leads: this.labels.get(connectionId)?.role === 'facilitator' });
    this.offerCount += 1;
  }

  endFrame(): void {
    const shown = new Set<string>();
    for (const { spot, others } of mergeNearbyLabels(this.offers.slice(0, this.offerCount))) {
      const label = this.labels.get(spot.id);
      if (!label) continue;
      shown.add(spot.id);
      this.write(label, spot, others);
    }
    for (const [id, label] of this.labels) if (!shown.has(id) && !label.element.hidden) label.element.hidden = true;
  }

  private write(label: Label, { x, y, opacity }: Offer, others: number): void {
    const text = others > 0 ? `${label.name} +${others}` : label.name;
    const transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px) translate(-50%, -100%)`;
    const alpha = opacity.toFixed(2);
    if (label.text !== text) label.element.textContent = label.text = text;
    if (label.transform !== transform) label.element.style.transform = label.transform = transform;
    if (label.opacity !== alpha) label.element.style.opacity = label.opacity = alpha;
    if (label.element.hidden) label.element.hidden = false;
  }
}
