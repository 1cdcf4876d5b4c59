import type { CoreStrings } from './de';

/**
 * The English UI strings of the first screen, loaded only when English is chosen (the other
 * screens' are in ./en-screens.ts). Conference content stays German.
 */
export const en: CoreStrings = {
  locale: 'en-GB',
  appName: 'Tagesbegleiter',
  skipToContent: 'Skip to content',
  nav: {
    label: 'Main navigation',
    programme: 'Programme',
    myDay: 'My day',
    people: 'People',
    places: 'Places',
    notes: 'Notes',
  },
  header: {
    label: 'More pages',
    about: 'About',
    conferences: 'Conferences',
    settings: 'Settings',
  },
  loading: 'Loading the programme …',
  loadFailed: 'The programme could not be loaded. Please open the app once with a network connection.',
  approx: 'approx.',
  estimatedTime: 'Estimated time',
  roomUnknown: 'Room not known',
  placeUnknown: 'Place not known',
  titleDerived: 'Title derived',
  parallel: (n: number) => `${n} in parallel`,
  now: 'Now',
  next: 'Next',
  nowAndNext: 'Now and next',
  nothingNow: 'Nothing is on right now.',
  dayNotStarted: (when: string) => `The day starts on ${when}.`,
  dayOver: 'The conference day is over. The full programme stays available.',
  demoClock: (when: string) => `Demo clock: ${when}`,
  demoClockInvalid: (raw: string) =>
    `The time “${raw}” in the now parameter is not valid and is ignored; the real clock applies.`,
  programme: {
    title: 'Programme',
    estimatedNote:
      'Only the frame 10:00–18:00 and the running order are documented. All times are estimates (“approx.”); rooms inside the Parktheater are not documented.',
    days: 'Choose a day',
    allDays: 'All days',
    dayMatches: (n: number) => (n === 1 ? '1 match' : `${n} matches`),
    searchAndFilter: 'Search and filter',
    search: 'Search the programme',
    searchHint: 'Title, people, room, track. Case and accents do not matter.',
    room: 'Room',
    track: 'Track',
    type: 'Type',
    any: 'All',
    results: (n: number) => (n === 1 ? '1 item' : `${n} items`),
    noResults: 'Nothing found. Try another search or fewer filters.',
    resetFilters: 'Reset filters',
  },
  changes: {
    new: 'new',
    changed: 'changed',
    cancelled: 'cancelled',
    summaryTitle: 'Programme updated',
    summary: (added: number, changed: number, cancelled: number) =>
      `${added} new, ${changed} changed, ${cancelled} cancelled.`,
    yourMarks: 'Changes to your marked items',
    time: (from: string, to: string) => `Time: was ${from}, now ${to}`,
    room: (from: string, to: string) => `Room: was ${from}, now ${to}`,
    cancelledKept: 'Cancelled. Your mark and notes stay saved.',
    cancelledHeading: 'Marked, but cancelled',
  },
  marks: {
    toggle: 'Merken',
    conflictWith: 'Overlaps with',
    and: 'and',
    more: (n: number) => (n === 1 ? '1 more marked item' : `${n} more marked items`),
    conflictHint: 'Marking overlapping items is fine – for example to switch rooms.',
    unavailable:
      'Marks cannot be saved on this device (for example in private browsing or when storage is full). What you mark now is lost when you close the app.',
    marked: 'Marked',
  },
  /** A screen that could not render a value it did not expect. */
  screenError: {
    title: 'This view cannot be shown',
    text: (detail: string) =>
      `A stored or imported value has a shape it cannot handle (${detail}). Your data is unchanged; the other views keep working.`,
  },
  /** The service worker: offline from now on, a new version, an update held back. */
  update: {
    available: 'New version available',
    apply: 'Update now',
    later: 'Later',
    offlineReady: 'The app now also works offline.',
    dismiss: 'Close',
    heldBack: 'Not reloaded: a note could neither be saved nor kept. Copy its text, then try again.',
  },
  notFound: 'This page does not exist.',
  toProgramme: 'To the programme',
  externalLink: '(external link)',
  types: {} as Record<string, string>,
};
