import { describe, expect, it } from 'vitest';
import { formatRelativeTime, relativeTime } from './relative-time.ts';

const now = Date.UTC(2025, 5, 15, 6, 0, 0); // 14:00 in Shanghai
const minutes = (n: number) => n * 60_000;
const format = (then: number, language: 'zh-CN' | 'en') => formatRelativeTime(then, now, language, 'Asia/Shanghai', language === 'en' ? 'just now' : '刚刚');

describe('relative time', () => {
  it('picks the unit people would say', () => {
    expect(relativeTime(now - 30_000, now)).toEqual({ kind: 'justNow' });
    expect(relativeTime(now + 90_000, now)).toEqual({ kind: 'justNow' }); // this phone's clock is behind
    expect(relativeTime(now - minutes(5), now)).toEqual({ kind: 'ago', value: 5, unit: 'minute' });
    expect(relativeTime(now - minutes(150), now)).toEqual({ kind: 'ago', value: 2, unit: 'hour' });
    expect(relativeTime(now - minutes(60 * 30), now)).toEqual({ kind: 'ago', value: 1, unit: 'day' });
    expect(relativeTime(now - minutes(60 * 24 * 8), now)).toEqual({ kind: 'date' });
  });

  it('says it in Chinese and in English', () => {
    expect(format(now - 10_000, 'zh-CN')).toBe('刚刚');
    expect(format(now - minutes(5), 'zh-CN')).toBe('5分钟前');
    expect(format(now - minutes(5), 'en')).toBe('5 minutes ago');
    expect(format(now - minutes(60 * 30), 'zh-CN')).toBe('昨天');
    expect(format(now - minutes(60 * 30), 'en')).toBe('yesterday');
  });

  it('gives a date in the site’s time zone after a week', () => {
    // 23:30 UTC on 1 June is already 2 June in Shanghai
    const then = Date.UTC(2025, 5, 1, 23, 30);
    expect(format(then, 'en')).toBe('Jun 2, 2025');
    expect(format(then, 'zh-CN')).toBe('2025年6月2日');
  });
});
