import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { vi } from '@/locales/vi';
import { en } from '@/locales/en';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const stored = typeof localStorage !== 'undefined' ? localStorage.getItem('vwu.language') : null;

/** Vietnamese first; English as the second language. The choice is remembered in the browser. */
void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: stored === 'en' ? 'en' : 'vi',
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
});

export function setLanguage(lng: Language) {
  localStorage.setItem('vwu.language', lng);
  void i18n.changeLanguage(lng);
  document.documentElement.lang = lng;
}

export default i18n;
