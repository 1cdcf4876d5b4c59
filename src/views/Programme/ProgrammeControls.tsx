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

function FilterSelect({
  id,
  label,
  options,
  value,
  onChange,
}: {
  id: string;
  label: string;
  options: string[];
  value: string;
  onChange: (v: string) => void;
}) {
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
      <FilterSelect
        id="programme-room"
        label={s.programme.room}
        options={facets.rooms}
        value={programmeRoom.value}
        onChange={setProgrammeRoom}
      />
      <FilterSelect
        id="programme-track"
        label={s.programme.track}
        options={facets.tracks}
        value={programmeTrack.value}
        onChange={setProgrammeTrack}
      />
      <FilterSelect
        id="programme-type"
        label={s.programme.type}
        options={facets.types}
        value={programmeType.value}
        onChange={setProgrammeType}
      />
      {programmeNarrowed.value && (
        <button type="button" class="secondary" onClick={resetProgrammeFilters}>
          {s.programme.resetFilters}
        </button>
      )}
    </details>
  );
}
