import { describe, expect, it } from 'vitest';
import { memoryStore } from '../browser/safe-storage.ts';
import { joinChoiceFor, rememberJoinChoice } from './join-choice.ts';

describe('join choice', () => {
  it('defaults to a participant who keeps whatever name the server has', () => {
    expect(joinChoiceFor('123456', memoryStore())).toEqual({ role: 'participant', clearName: false });
  });

  it('hands the landing page’s choice to the session of that code only', () => {
    const store = memoryStore();
    rememberJoinChoice('123456', { role: 'observer', clearName: true }, store);
    expect(joinChoiceFor('123456', store)).toEqual({ role: 'observer', clearName: true });
    expect(joinChoiceFor('654321', store)).toEqual({ role: 'participant', clearName: false });
  });

  it('falls back to the defaults on anything it cannot read', () => {
    const store = memoryStore();
    store.set('gj.joinChoice.123456', '{not json');
    expect(joinChoiceFor('123456', store)).toEqual({ role: 'participant', clearName: false });
    store.set('gj.joinChoice.123456', JSON.stringify({ role: 'facilitator' }));
    expect(joinChoiceFor('123456', store).role).toBe('participant');
  });
});
