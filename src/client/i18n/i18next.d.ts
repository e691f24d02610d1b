import 'i18next';
import type { zhCN } from './locales/zh-CN.ts';

// Typed keys: t('join.heading') compiles, t('join.heding') does not.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
    returnNull: false;
  }
}
