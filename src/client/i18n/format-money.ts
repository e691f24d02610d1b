import type { Language } from './messages.ts';

/**
 * A cost as people in each language say it: "¥68万" in Chinese (counting in 万 is how costs are
 * read aloud at a hearing), "CN¥680,000" in English. Falls back to plain digits where an old
 * WebView lacks compact notation.
 */
export function formatCny(amount: number, language: Language): string {
  try {
    return new Intl.NumberFormat(language, {
      style: 'currency',
      currency: 'CNY',
      notation: language === 'zh-CN' ? 'compact' : 'standard',
      minimumFractionDigits: 0,
      maximumFractionDigits: language === 'zh-CN' ? 1 : 0,
    }).format(amount);
  } catch {
    return `¥${Math.round(amount)}`;
  }
}
