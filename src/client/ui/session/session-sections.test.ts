import { describe, expect, it } from 'vitest';
import { sectionsFor, shownSection } from './session-sections.ts';

describe('session sections', () => {
  it('gives facilitators their controls as a first section; others never see it', () => {
    expect(sectionsFor('facilitator')[0]).toBe('facilitate');
    expect(sectionsFor('participant')).not.toContain('facilitate');
    expect(sectionsFor('observer')).toEqual(sectionsFor('participant'));
  });

  it('gives everyone the 3D view, never as the first section (joining must not wait for three.js)', () => {
    for (const role of ['participant', 'observer', 'facilitator'] as const) {
      expect(sectionsFor(role)).toContain('twin');
      expect(sectionsFor(role)[0]).not.toBe('twin');
    }
    expect(shownSection('twin', 'participant')).toBe('twin');
  });

  it('opens what the address asks for, when the person has it', () => {
    expect(shownSection('vote', 'participant')).toBe('vote');
    expect(shownSection('facilitate', 'facilitator')).toBe('facilitate');
  });

  it('falls back to the first section of the person’s own bar', () => {
    expect(shownSection(null, 'participant')).toBe('comments');
    expect(shownSection(null, 'facilitator')).toBe('facilitate');
    expect(shownSection('facilitate', 'participant')).toBe('comments');
  });
});
