import {
  languageChoice,
  setLanguageChoice,
  setThemeChoice,
  themeChoice,
  type LanguageChoice,
  type ThemeChoice,
} from '../../state/preferences';
import { screenStrings } from '../../i18n/screens';

interface Choice<T extends string> {
  value: T;
  label: string;
  /** The language the label is written in, when it differs from the page's. */
  lang?: string;
}

/** A labelled group of radio buttons, one row each (44 px, for a thumb). */
function RadioGroup<T extends string>(props: {
  legend: string;
  name: string;
  choices: Choice<T>[];
  chosen: T;
  choose: (value: T) => void;
}) {
  return (
    <fieldset class="choices">
      <legend>{props.legend}</legend>
      {props.choices.map(({ value, label, lang }) => (
        <label key={value} lang={lang}>
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.chosen === value}
            onChange={() => props.choose(value)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** Theme (system/light/dark) and language (browser/Deutsch/English). */
export function AppearanceSection() {
  const s = screenStrings.value;
  return (
    <section aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">{s.appearance.heading}</h2>
      <RadioGroup<ThemeChoice>
        legend={s.appearance.theme}
        name="theme"
        chosen={themeChoice.value}
        choose={(value) => void setThemeChoice(value)}
        choices={[
          { value: 'system', label: s.appearance.themeSystem },
          { value: 'light', label: s.appearance.themeLight },
          { value: 'dark', label: s.appearance.themeDark },
        ]}
      />
      {/* Language names are written in their own language, so each reader finds theirs. */}
      <RadioGroup<LanguageChoice>
        legend={s.appearance.language}
        name="language"
        chosen={languageChoice.value}
        choose={(value) => void setLanguageChoice(value)}
        choices={[
          { value: 'browser', label: s.appearance.languageBrowser },
          { value: 'de', label: 'Deutsch', lang: 'de' },
          { value: 'en', label: 'English', lang: 'en' },
        ]}
      />
    </section>
  );
}
