import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../core/protocol/errors.ts';
import { JOIN_ROLES, MODES, STAGES } from '../../core/protocol/primitives.ts';
import { CLIENT_ERROR_CODES } from '../net/app-error.ts';
import { en } from './locales/en.ts';
import { zhCN } from './locales/zh-CN.ts';

const LOCALES: Record<string, unknown> = { 'zh-CN': zhCN, en };

/** 'a.b.c' → leaf value, for every string leaf of a nested messages object. */
function flatten(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

const flat = Object.fromEntries(Object.entries(LOCALES).map(([lng, tree]) => [lng, flatten(tree)]));
const allKeys = [...new Set(Object.values(flat).flatMap((m) => [...m.keys()]))].sort();

describe('locales', () => {
  it.each(Object.keys(LOCALES))('%s has every key any locale has', (lng) => {
    const missing = allKeys.filter((key) => !flat[lng]!.has(key));
    expect(missing, `keys missing in ${lng}`).toEqual([]);
  });

  it.each(Object.keys(LOCALES))('%s has only non-empty strings', (lng) => {
    const bad = [...flat[lng]!].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(bad, `empty or non-string values in ${lng}`).toEqual([]);
  });

  it.each(Object.keys(LOCALES))('%s uses the same {{placeholders}} as zh-CN', (lng) => {
    const placeholders = (s: unknown) => [...String(s).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    const differing = allKeys.filter(
      (key) => JSON.stringify(placeholders(flat[lng]!.get(key))) !== JSON.stringify(placeholders(flat['zh-CN']!.get(key))),
    );
    expect(differing, `placeholders differ from zh-CN in ${lng}`).toEqual([]);
  });

  it.each(Object.keys(LOCALES))('%s translates every protocol and client error code', (lng) => {
    const codes = [...ERROR_CODES, ...CLIENT_ERROR_CODES];
    const untranslated = codes.filter((code) => typeof flat[lng]!.get(`errors.${code}`) !== 'string');
    expect(untranslated, `error codes without a message in ${lng}`).toEqual([]);
  });

  it.each(Object.keys(LOCALES))('%s names every stage, role and mode the protocol knows', (lng) => {
    const needed = [
      ...STAGES.map((s) => `stages.${s}`),
      ...MODES.map((m) => `presence.modes.${m}`),
      ...[...JOIN_ROLES, 'facilitator'].map((r) => `presence.roles.${r}`),
    ];
    expect(needed.filter((key) => !flat[lng]!.has(key))).toEqual([]);
  });

  it('keeps no plural-suffixed keys, so the two key sets can be compared one to one', () => {
    expect(allKeys.filter((key) => /_(zero|one|two|few|many|other)$/.test(key))).toEqual([]);
  });
});
