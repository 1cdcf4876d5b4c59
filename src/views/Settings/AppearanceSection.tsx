import {
  languageChoice,
  setLanguageChoice,
  setThemeChoice,
  themeChoice,
  type LanguageChoice,
  type ThemeChoice,
} from '../../state/preferences';
import { strings } from '../../i18n';

/** Theme (system/light/dark) and language (browser/Deutsch/English), as radio groups. */
export function AppearanceSection() {
  const s = strings.value;
  const themes: [ThemeChoice, string][] = [
    ['system', s.appearance.themeSystem],
    ['light', s.appearance.themeLight],
    ['dark', s.appearance.themeDark],
  ];
  // Language names are written in their own language, so each reader finds theirs.
  const languages: [LanguageChoice, string, string | undefined][] = [
    ['browser', s.appearance.languageBrowser, undefined],
    ['de', 'Deutsch', 'de'],
    ['en', 'English', 'en'],
  ];
  return (
    <section aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">{s.appearance.heading}</h2>
      <fieldset class="choices">
        <legend>{s.appearance.theme}</legend>
        {themes.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="theme"
              value={value}
              checked={themeChoice.value === value}
              onChange={() => void setThemeChoice(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset class="choices">
        <legend>{s.appearance.language}</legend>
        {languages.map(([value, label, lang]) => (
          <label key={value} lang={lang}>
            <input
              type="radio"
              name="language"
              value={value}
              checked={languageChoice.value === value}
              onChange={() => void setLanguageChoice(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
