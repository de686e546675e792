import dayjs from 'dayjs';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import vi from '../locales/vi.json';

type Messages = Record<string, unknown>;

/**
 * Each area of the app keeps its strings in `locales/<area>.vi.json` and `<area>.en.json`, under
 * a top-level key named after the area; they are merged into the shared catalogue here.
 */
const areaFiles = import.meta.glob<Messages>('../locales/*.*.json', {
  eager: true,
  import: 'default',
});

function withAreas(base: Messages, language: 'vi' | 'en'): Messages {
  const merged: Messages = { ...base };
  for (const [path, messages] of Object.entries(areaFiles)) {
    if (path.endsWith(`.${language}.json`)) Object.assign(merged, messages);
  }
  return merged;
}

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'loa.language';

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {
    vi: { translation: withAreas(vi, 'vi') },
    en: { translation: withAreas(en, 'en') },
  },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
});

function applyLanguage(language: Language): void {
  dayjs.locale(language === 'vi' ? 'vi' : 'en');
  document.documentElement.lang = language;
}
applyLanguage(i18n.language === 'en' ? 'en' : 'vi');

/** Switches the UI language and remembers it on this device. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  applyLanguage(language);
  await i18n.changeLanguage(language);
}

export const currentLanguage = (): Language => (i18n.language === 'en' ? 'en' : 'vi');
