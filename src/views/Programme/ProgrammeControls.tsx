import { useState } from 'preact/hooks';
import type { Conference } from '../../domain/types';
import { formatShortDay } from '../../domain/time/format';
import {
  chooseDay,
  programmeDay,
  programmeDayCounts,
  programmeFacets,
  programmeNarrowed,
  programmeQuery,
  programmeRoom,
  programmeTrack,
  programmeType,
  resetProgrammeFilters,
  setProgrammeQuery,
  setProgrammeRoom,
  setProgrammeTrack,
  setProgrammeType,
} from '../../state/programme-view';
import { strings } from '../../i18n';

/** From this many items the search opens by default; the one-day Iserlohn programme keeps it folded away. */
const OPEN_SEARCH_FROM_ITEMS = 60;

/** Day buttons for a multi-day conference (with match counts while searching), and "Alle Tage". */
export function DaySwitcher({ conference }: { conference: Conference }) {
  const s = strings.value;
  if (conference.days.length <= 1) return null;
  const selected = programmeDay.value;
  const counts = programmeDayCounts.value;
  const label = (text: string, day: number | null) => (
    <>
      {text}
      {counts && day !== null && <span class="day-count">{s.programme.dayMatches(counts.get(day) ?? 0)}</span>}
    </>
  );
  return (
    <div class="day-switcher" role="group" aria-label={s.programme.days}>
      {conference.days.map((day) => (
        <button
          key={day.index}
          type="button"
          aria-pressed={selected === day.index}
          onClick={() => chooseDay(day.index)}
        >
          {label(formatShortDay(day.start, s.locale, conference.timeZone), day.index)}
        </button>
      ))}
      <button type="button" aria-pressed={selected === 'all'} onClick={() => chooseDay('all')}>
        {label(s.programme.allDays, null)}
      </button>
    </div>
  );
}

/** One menu: its element id, label, the values it offers, the one chosen ("" for any) and how to choose. */
type FilterMenu = [id: string, label: string, options: string[], value: string, onChange: (v: string) => void];

function FilterSelect({ menu: [id, label, options, value, onChange] }: { menu: FilterMenu }) {
  const s = strings.value;
  // One option is no choice: the menu would only add noise.
  if (options.length <= 1) return null;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{s.programme.any}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Search (title, people, room, track) and the room, track and type menus. */
export function ProgrammeFilters({ conference }: { conference: Conference }) {
  const s = strings.value;
  const facets = programmeFacets.value;
  const [open] = useState(() => conference.sessions.length >= OPEN_SEARCH_FROM_ITEMS || programmeNarrowed.value);
  const menus: FilterMenu[] = [
    ['programme-room', s.programme.room, facets.rooms, programmeRoom.value, setProgrammeRoom],
    ['programme-track', s.programme.track, facets.tracks, programmeTrack.value, setProgrammeTrack],
    ['programme-type', s.programme.type, facets.types, programmeType.value, setProgrammeType],
  ];
  return (
    <details class="programme-filters" open={open}>
      <summary>{s.programme.searchAndFilter}</summary>
      <div class="field search-field">
        <label for="programme-search">{s.programme.search}</label>
        <input
          id="programme-search"
          type="search"
          autocomplete="off"
          enterKeyHint="search"
          aria-describedby="programme-search-hint"
          value={programmeQuery.value}
          onInput={(e) => setProgrammeQuery(e.currentTarget.value)}
        />
        <p id="programme-search-hint" class="hint">
          {s.programme.searchHint}
        </p>
      </div>
      {menus.map((menu) => (
        <FilterSelect key={menu[0]} menu={menu} />
      ))}
      {programmeNarrowed.value && (
        <button type="button" class="secondary" onClick={resetProgrammeFilters}>
          {s.programme.resetFilters}
        </button>
      )}
    </details>
  );
}
