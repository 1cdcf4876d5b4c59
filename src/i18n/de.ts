/**
 * The German UI strings of the first screen (the programme, the navigation, the banners).
 * The other screens' strings are in ./de-screens.ts and load with those screens (./screens.ts).
 * Conference content is not here: it comes from data/.
 */
export const de = {
  locale: 'de-DE',
  appName: 'Tagesbegleiter',
  skipToContent: 'Zum Inhalt springen',
  nav: {
    label: 'Hauptnavigation',
    programme: 'Programm',
    myDay: 'Mein Tag',
    people: 'Personen',
    places: 'Orte',
    notes: 'Notizen',
  },
  header: {
    label: 'Weitere Seiten',
    about: 'Über',
    conferences: 'Konferenzen',
    settings: 'Einstellungen',
  },
  loading: 'Programm wird geladen …',
  loadFailed: 'Das Programm konnte nicht geladen werden. Bitte einmal mit Netz öffnen.',
  approx: 'ca.',
  estimatedTime: 'Uhrzeit geschätzt',
  roomUnknown: 'Raum nicht bekannt',
  placeUnknown: 'Ort nicht bekannt',
  titleDerived: 'Titel abgeleitet',
  parallel: (n: number) => `${n} parallel`,
  now: 'Jetzt',
  next: 'Als Nächstes',
  nowAndNext: 'Jetzt und als Nächstes',
  nothingNow: 'Gerade läuft kein Programmpunkt.',
  dayNotStarted: (when: string) => `Der Tag beginnt ${when}.`,
  dayOver: 'Der Konferenztag ist vorbei. Das Programm bleibt vollständig verfügbar.',
  demoClock: (when: string) => `Demo-Uhr: ${when}`,
  demoClockInvalid: (raw: string) =>
    `Die Zeitangabe „${raw}“ im Parameter now ist ungültig und wird ignoriert; es gilt die echte Uhr.`,
  programme: {
    title: 'Programm',
    estimatedNote:
      'Belegt sind nur der Rahmen 10:00–18:00 Uhr und die Reihenfolge. Alle Uhrzeiten sind Schätzungen („ca.“), Räume im Parktheater sind nicht dokumentiert.',
    days: 'Tag wählen',
    allDays: 'Alle Tage',
    dayMatches: (n: number) => (n === 1 ? '1 Treffer' : `${n} Treffer`),
    searchAndFilter: 'Suchen und filtern',
    search: 'Programm durchsuchen',
    searchHint: 'Titel, Personen, Raum, Bereich. Groß- und Kleinschreibung und Umlaute sind egal.',
    room: 'Raum',
    track: 'Bereich',
    type: 'Art',
    any: 'Alle',
    results: (n: number) => (n === 1 ? '1 Programmpunkt' : `${n} Programmpunkte`),
    noResults: 'Nichts gefunden. Probiere eine andere Suche oder weniger Filter.',
    resetFilters: 'Filter zurücksetzen',
  },
  changes: {
    new: 'neu',
    changed: 'geändert',
    cancelled: 'entfällt',
    summaryTitle: 'Programm aktualisiert',
    summary: (added: number, changed: number, cancelled: number) =>
      `${added} neu, ${changed} geändert, ${cancelled} entfällt.`,
    yourMarks: 'Änderungen an deiner Merkliste',
    time: (from: string, to: string) => `Zeit: vorher ${from}, jetzt ${to}`,
    room: (from: string, to: string) => `Raum: vorher ${from}, jetzt ${to}`,
    cancelledKept: 'Entfällt. Deine Markierung und Notizen bleiben gespeichert.',
    cancelledHeading: 'Gemerkt, aber entfällt',
  },
  marks: {
    toggle: 'Merken',
    conflictWith: 'Überschneidet sich mit',
    and: 'und',
    more: (n: number) => (n === 1 ? '1 weiteren gemerkten Punkt' : `${n} weiteren gemerkten Punkten`),
    conflictHint:
      'Sich überschneidende Punkte zu merken ist in Ordnung – zum Beispiel, um zwischen Räumen zu wechseln.',
    unavailable:
      'Markierungen können auf diesem Gerät nicht gespeichert werden (zum Beispiel im privaten Modus oder bei vollem Speicher). Was du jetzt merkst, geht beim Schließen verloren.',
    marked: 'Gemerkt',
  },
  /** A screen that could not render a value it did not expect. */
  screenError: {
    title: 'Diese Ansicht kann nicht angezeigt werden',
    text: (detail: string) =>
      `Ein gespeicherter oder importierter Wert hat eine Form, mit der sie nicht umgehen kann (${detail}). Deine Daten sind unverändert; die anderen Ansichten funktionieren weiter.`,
  },
  /** The service worker: offline from now on, a new version, an update held back. */
  update: {
    available: 'Neue Version verfügbar',
    apply: 'Jetzt aktualisieren',
    later: 'Später',
    offlineReady: 'Die App ist jetzt auch ohne Netz verfügbar.',
    dismiss: 'Schließen',
    heldBack:
      'Nicht neu geladen: Eine Notiz konnte weder gespeichert noch zwischengespeichert werden. Kopiere ihren Text, dann versuche es noch einmal.',
  },
  notFound: 'Diese Seite gibt es nicht.',
  toProgramme: 'Zum Programm',
  externalLink: '(externer Link)',
  types: {} as Record<string, string>,
};

export type CoreStrings = typeof de;
