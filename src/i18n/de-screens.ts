/**
 * The German UI strings of every screen but the programme: they load with the first of those
 * screens (./screens.ts), so the first download carries only ./de.ts.
 */
export const deScreens = {
  session: {
    back: 'Zurück zum Programm',
    notFound: 'Diesen Programmpunkt gibt es in dieser Konferenz nicht.',
    time: 'Zeit',
    place: 'Ort',
    people: 'Beteiligte',
    description: 'Beschreibung',
    stations: 'Stationen',
    sources: 'Quellen',
    timeBasis: 'Grundlage der Zeitangabe',
    type: 'Art',
    track: 'Bereich',
  },
  people: {
    title: 'Personen',
    intro:
      'Alle in der Dokumentation genannten Personen, mit Rolle und Organisation, wie die Dokumentation sie für den Tag angibt.',
    sessions: 'Programmpunkte',
    bio: 'Kurzprofil',
    notes: 'Hinweise zu den Quellen',
    sources: 'Quellen',
    notFound: 'Diese Person ist nicht bekannt.',
    back: 'Zurück zu den Personen',
    noSessions: 'Keinem Programmpunkt zugeordnet.',
  },
  places: {
    title: 'Orte',
    address: 'Adresse',
    addressUnknown: 'Adresse nicht bekannt',
    rooms: 'Räume',
    gettingThere: 'Anreise',
    sessions: 'Programmpunkte hier',
    presentedIn: 'Vorgestellt in',
    station: (title: string) => `Station: ${title}`,
    geoLink: (name: string) => `In Karten-App öffnen: ${name}`,
    osmLink: (name: string) => `Bei OpenStreetMap suchen: ${name}`,
    geoLinkShort: 'In Karten-App öffnen',
    osmLinkShort: 'Bei OpenStreetMap suchen',
    mapNote:
      'Die Links suchen nach der Adresse; Koordinaten nennen die Quellen nicht. Sie öffnen eine externe App oder Seite.',
    facts: 'Wissenswertes',
    sources: 'Quellen',
    kind: { venue: 'Veranstaltungsort', stadtlabor: 'Stadtlabor', mobile: 'Mobiles Angebot', room: 'Raum' },
  },
  myDay: {
    title: 'Mein Tag',
    empty:
      'Noch nichts gemerkt. Tippe im Programm oder auf einer Programmpunkt-Seite auf „Merken“, dann erscheint der Punkt hier.',
    count: (n: number) => (n === 1 ? '1 gemerkter Programmpunkt' : `${n} gemerkte Programmpunkte`),
    conflictCount: (n: number) => (n === 1 ? '1 Überschneidung' : `${n} Überschneidungen`),
    exportAll: 'Alle in den Kalender (.ics)',
    listLabel: 'Gemerkte Programmpunkte',
    orphans: (n: number) =>
      n === 1
        ? 'Ein gemerkter Punkt steht nicht mehr im Programm; die Markierung bleibt gespeichert.'
        : `${n} gemerkte Punkte stehen nicht mehr im Programm; die Markierungen bleiben gespeichert.`,
  },
  calendar: {
    addOne: 'Zum Kalender hinzufügen',
    failed: 'Die Kalenderdatei konnte nicht erstellt werden. Bitte noch einmal versuchen.',
    done: 'Kalenderdatei erstellt. Öffne sie, um die Termine in deinen Kalender zu übernehmen.',
    fileNameAll: (conferenceId: string) => `mein-tag-${conferenceId}.ics`,
    estimated: (basis: string | undefined) => `Ungefähre Zeit (ca.) – ${basis ?? 'Uhrzeit geschätzt, nicht belegt.'}`,
    people: (names: string) => `Mit: ${names}`,
    link: (url: string) => `Im Tagesbegleiter: ${url}`,
    alarm: (title: string) => `Gleich beginnt: ${title}`,
    titleDerived: (basis: string) => `Titel abgeleitet – ${basis}`,
  },
  share: {
    button: 'Teilen',
    copied: 'Link kopiert.',
    shared: 'Geteilt.',
    manual: 'Kopieren war nicht möglich. Der Link zum Kopieren:',
  },
  notes: {
    title: 'Notizen',
    empty:
      'Noch keine Notizen. Auf jeder Programmpunkt-Seite gibt es ein Notizfeld; eine freie Notiz legst du hier an.',
    loading: 'Notizen werden geladen …',
    loadFailed:
      'Die Notizen konnten nicht gelesen werden. Der Browser erlaubt hier vielleicht keinen Speicher (privates Fenster?).',
    newFree: 'Neue freie Notiz',
    search: 'In Notizen suchen',
    searchHint: 'Groß- und Kleinschreibung und Umlaute sind egal: „munster“ findet „Münster“.',
    results: (n: number, total: number) =>
      n === total ? (total === 1 ? '1 Notiz' : `${total} Notizen`) : `${n} von ${total} Notizen`,
    noResults: (q: string) => `Keine Notiz enthält „${q}“.`,
    freeNote: 'Freie Notiz',
    missingSession: 'Programmpunkt nicht mehr im Programm',
    conflictCopy: 'Weitere Fassung aus einem anderen Tab',
    changed: (when: string) => `geändert ${when}`,
    exportHeading: 'Export',
    exportMarkdown: 'Alle Notizen als Markdown herunterladen',
    exportFailed: (detail: string) => `Der Export ist fehlgeschlagen: ${detail}`,
    exportHint:
      'Eine Datei, geordnet nach Programmpunkten, mit Zeit und Beteiligten. Für eine Sicherung von allem: Einstellungen.',
    backupLink: 'Zu Sicherung und Speicher (Einstellungen)',
    persistRefused:
      'Dieser Browser hat keinen dauerhaften Speicher zugesagt: bei Platzmangel darf er die Notizen löschen. Lege zur Sicherheit eine Sicherung an.',
    fileName: (date: string) => `tagesbegleiter-notizen-${date}.md`,
    markdown: {
      title: (conference: string) => `Notizen – ${conference}`,
      exportedAt: (when: string, timeZone: string) => `Exportiert am ${when}. Alle Zeiten in der Zeitzone ${timeZone}.`,
      time: 'Zeit',
      people: 'Beteiligte',
      note: (changed: string) => `Notiz, zuletzt geändert ${changed}`,
      conflictCopy: (changed: string) => `Weitere Fassung (aus einem anderen Tab), zuletzt geändert ${changed}`,
      missingSessions: 'Programmpunkte, die nicht mehr im Programm stehen',
      missingSession: (guid: string) => `Programmpunkt ${guid}`,
      freeNotes: 'Freie Notizen',
      none: 'Keine Notizen.',
    },
  },
  /** A note field when saving is not possible or another tab removed what it showed. */
  noteSafety: {
    quota: (kept: boolean) =>
      `Nicht gespeichert: Der Speicher dieses Geräts ist voll. Dein Text bleibt hier stehen${kept ? ' und ist zwischengespeichert' : ''}. Kopiere ihn zur Sicherheit, lade unter Einstellungen eine Sicherung herunter und gib Speicher frei (etwa alte Fotos, Downloads oder Apps löschen); beim nächsten Tippen wird erneut gespeichert.`,
    upgraded: (kept: boolean): string =>
      kept
        ? 'Eine neue Version der App ist in einem anderen Tab geöffnet; hier kann nicht mehr gespeichert werden. Dein Text ist auf diesem Gerät zwischengespeichert: Lade die Seite neu (Jetzt aktualisieren), dann wird er gespeichert.'
        : 'Eine neue Version der App ist in einem anderen Tab geöffnet; hier kann nicht mehr gespeichert werden. Kopiere deinen Text, bevor du die Seite neu lädst.',
    waiting:
      'Ein anderer Tab hält noch die alte Version der App offen. Du kannst weiterschreiben: Dein Text wird zwischengespeichert und gespeichert, sobald der andere Tab geschlossen oder neu geladen ist.',
    held: {
      deleteAll:
        'In einem anderen Tab wurden alle Daten gelöscht. Dein Text hier ist nicht gespeichert. Willst du ihn als neue Notiz behalten?',
      replace:
        'In einem anderen Tab wurden alle Daten durch eine Sicherung ersetzt. Dein Text hier ist nicht gespeichert. Willst du ihn als neue Notiz behalten?',
      deleted:
        'Diese Notiz wurde in einem anderen Tab gelöscht. Dein Text hier ist nicht gespeichert. Willst du ihn als neue Notiz behalten?',
    },
    told: {
      deleteAll: 'In einem anderen Tab wurden alle Daten gelöscht.',
      replace: 'In einem anderen Tab wurde eine Sicherung wiederhergestellt; hier steht jetzt ihr Stand.',
      deleted: 'Diese Notiz wurde in einem anderen Tab gelöscht.',
    },
    keep: 'Text behalten',
    discard: 'Verwerfen',
  },
  note: {
    sessionLabel: 'Meine Notiz zu diesem Programmpunkt',
    freeLabel: 'Freie Notiz',
    heading: 'Meine Notiz',
    pageTitle: 'Notiz',
    newTitle: 'Neue freie Notiz',
    back: 'Zurück zu den Notizen',
    toSession: 'Zum Programmpunkt',
    hint: 'Wird beim Tippen auf diesem Gerät gespeichert, auch ohne Netz.',
    saved: (time: string) => `gespeichert ${time}`,
    saving: 'wird gespeichert …',
    notYet: 'noch nichts gespeichert',
    tooLong: (max: string) =>
      `Diese Notiz ist zu lang: höchstens ${max} Zeichen. Gespeichert bleibt die letzte Fassung unter dieser Grenze. Kürze den Text, dann wird wieder gespeichert.`,
    saveFailed: (detail: string) =>
      `Nicht gespeichert: ${detail}. Der Text bleibt hier stehen; beim nächsten Tippen wird es erneut versucht.`,
    conflict:
      'Diese Notiz wurde zur selben Zeit in einem anderen Tab geändert. Beide Fassungen sind gespeichert: Hier bearbeitest du deine Fassung, als eigene Notiz.',
    otherVersion: 'Die andere Fassung öffnen',
    updatedElsewhere: 'In einem anderen Tab geändert; hier aktualisiert.',
    changedElsewhere:
      'Diese Notiz wurde in einem anderen Tab geändert. Dein Text hier bleibt und wird als eigene Fassung gespeichert.',
    otherVersions: 'Weitere Fassungen dieser Notiz',
    version: (when: string) => `Fassung von ${when}`,
    share: 'Notiz teilen',
    copy: 'Notiz kopieren',
    copied: 'In die Zwischenablage kopiert.',
    copyFailed: 'Kopieren hat nicht geklappt. Markiere den Text im Feld und kopiere ihn von Hand.',
    delete: 'Notiz löschen',
    confirmDelete: 'Diese Notiz wirklich löschen? Das lässt sich nicht rückgängig machen.',
    confirmDeleteYes: 'Ja, löschen',
    cancel: 'Abbrechen',
    missing: 'Diese Notiz gibt es nicht (mehr).',
    missingSession: 'Der Programmpunkt dieser Notiz steht nicht mehr im Programm. Die Notiz bleibt erhalten.',
  },
  settings: {
    title: 'Einstellungen',
    storage: 'Speicher auf diesem Gerät',
    usage: (used: string, quota: string) => `Belegt: ${used} von ${quota}, die der Browser dieser App erlaubt.`,
    usageUnknown: 'Wie viel Speicher belegt ist, verrät dieser Browser nicht.',
    persisted: 'Dauerhafter Speicher: ja. Der Browser löscht die Daten nicht von sich aus.',
    notPersisted: 'Dauerhafter Speicher: nein. Bei Platzmangel darf der Browser die Daten dieser App löschen.',
    persistUnknown: 'Ob der Speicher dauerhaft ist, verrät dieser Browser nicht.',
    askPersist: 'Dauerhaften Speicher anfordern',
    persistRefused:
      'Der Browser hat dauerhaften Speicher abgelehnt (Safari und Apps auf dem iPhone-Home-Bildschirm entscheiden selbst, wann sie Daten löschen). Lege deshalb regelmäßig eine Sicherung an.',
    backup: 'Sicherung',
    backupIntro:
      'Eine Datei mit allem, was du hier angelegt hast: Merkliste, Notizen mit ihren Fotos, Einstellungen (mit Fotos als ZIP-Datei). Bleibt auf deinem Gerät.',
    backupButton: 'Sicherung herunterladen',
    backupDone: (name: string) => `Gespeichert als ${name}.`,
    backupTooLargeWarning:
      'Achtung: Diese Sicherung ist größer als 10 MB und kann hier nicht zurückgespielt werden. Kürze sehr lange Notizen.',
    backupFailed: (detail: string) => `Die Sicherung konnte nicht erstellt werden: ${detail}`,
    backupFileName: (date: string) => `tagesbegleiter-sicherung-${date}.json`,
    restore: 'Wiederherstellen',
    restoreInput: 'Aus Datei wiederherstellen (JSON- oder ZIP-Datei wählen)',
    restoreChecking: 'Die Datei wird geprüft …',
    restoreSummary: (marks: number, notes: number, settings: number, when: string) =>
      `Die Datei ist in Ordnung: ${marks} gemerkte Programmpunkte, ${notes} Notizen, ${settings} Einstellungen, gesichert am ${when}.`,
    restoreAsk: 'Wie soll sie übernommen werden?',
    restoreMerge: 'Zusammenführen',
    restoreMergeHint: 'Vorhandenes bleibt, was fehlt, kommt dazu. Weicht eine Notiz ab, bleiben beide Fassungen.',
    restoreReplace: 'Ersetzen',
    restoreReplaceHint:
      'Alle jetzt gemerkten Programmpunkte, Notizen (mit ihren Fotos) und Einstellungen werden durch die Datei ersetzt.',
    restoreCancel: 'Abbrechen',
    restoreDone: (marks: number, notes: number) =>
      `Wiederhergestellt. Jetzt gespeichert: ${marks} gemerkte Programmpunkte, ${notes} Notizen.`,
    restoreFailed: (detail: string) => `Wiederherstellen fehlgeschlagen, nichts wurde geändert: ${detail}`,
    problem: {
      tooLarge: (size: string) => `Die Datei ist zu groß (${size}; höchstens 10 MB). Nichts wurde geändert.`,
      notJson: (detail: string) => `Die Datei ist kein gültiges JSON (${detail}). Nichts wurde geändert.`,
      notBackup:
        'Die Datei ist keine Tagesbegleiter-Sicherung (es fehlt die Kennung "format": "tagesbegleiter-backup"). Nichts wurde geändert.',
      unknownVersion: (version: string) =>
        `Die Sicherung hat die Version ${version}; diese App liest nur Version 1. Nichts wurde geändert.`,
      wrongShape: (path: string, what: string) =>
        `Die Sicherung hat nicht die erwartete Form: bei „${path}“ ${what}. Nichts wurde geändert.`,
      expected: (expected: string, received: string) => `erwartet ${expected}, gefunden ${received}`,
      checks: {
        'duplicate-note-id': 'kommt dieselbe Notiz-ID mehrfach vor',
        'note-too-long': 'ist eine Notiz länger als erlaubt',
        'empty-id': 'ist eine ID leer',
        'bad-time': 'steht keine gültige Zeitangabe',
        'bad-rev': 'steht keine gültige Versionsnummer',
        'unknown-setting': 'steht eine Einstellung, die diese App nicht kennt',
        'journal-key': 'steht ein Zwischenspeicher-Eintrag, der nicht in eine Sicherung gehört',
        'bad-setting': 'steht ein Wert, den diese Einstellung nicht haben kann',
      } as Record<string, string>,
      unknownConference: (ids: string) =>
        `Die Sicherung gehört zu einer Konferenz, die in dieser App nicht geladen ist (${ids}). Nichts wurde geändert.`,
      unknownSessions: (count: number, conference: string, guids: string) =>
        `Die Sicherung verweist auf ${count} Programmpunkt${count === 1 ? '' : 'e'}, die es in „${conference}“ nicht gibt (${guids}). Nichts wurde geändert.`,
      unreadable: (detail: string) => `Die Datei konnte nicht gelesen werden (${detail}). Nichts wurde geändert.`,
    },
    deleteAll: 'Alle meine Daten löschen',
    deleteAllIntro: 'Löscht Merkliste, Notizen, Einstellungen und importierte Programme von diesem Gerät.',
    deleteAllConfirm:
      'Wirklich alles löschen? Das lässt sich nicht rückgängig machen. Lade vorher eine Sicherung herunter, wenn du etwas behalten willst.',
    deleteAllYes: 'Ja, alles löschen',
    deleteAllCancel: 'Abbrechen',
    deleteAllFailed: (detail: string) => `Löschen fehlgeschlagen: ${detail}`,
  },
  appearance: {
    heading: 'Darstellung und Sprache',
    theme: 'Farbschema',
    themeSystem: 'Wie das System',
    themeLight: 'Hell',
    themeDark: 'Dunkel',
    language: 'Sprache',
    languageBrowser: 'Wie der Browser',
  },
  about: {
    title: 'Über diese App',
    conference: 'Die Konferenz',
    programme: 'Das Programm Modellprojekte Smart Cities',
    data: 'Woher die Daten kommen',
    dataAsOf: (date: string) => `Stand der Daten: ${date}.`,
    truth:
      'Die Daten stammen ausschließlich aus der Dokumentation der Veranstaltung und den unten genannten Quellen. Was dort nicht steht, steht auch hier nicht: geschätzte Uhrzeiten sind mit „ca.“ markiert, unbekannte Räume mit „Raum nicht bekannt“.',
    offline: 'Die App funktioniert nach dem ersten Öffnen ohne Netz. Sie lädt nichts von fremden Servern.',
    sources: 'Quellen',
  },
  conferences: {
    title: 'Konferenzen',
    intro:
      'Der Tagesbegleiter hält mehrere Konferenzen nebeneinander. Merkliste und Notizen gehören zu ihrer Konferenz und bleiben beim Wechseln erhalten.',
    available: 'Auf diesem Gerät',
    bundled: 'mitgeliefert',
    importedFrom: (file: string, when: string) => `importiert aus „${file}“ am ${when}`,
    count: (events: number, days: number) =>
      `${events === 1 ? '1 Programmpunkt' : `${events} Programmpunkte`}${days > 1 ? ` an ${days} Tagen` : ''}`,
    active: 'Wird angezeigt',
    remove: 'Entfernen',
    removeConfirm: (title: string) =>
      `„${title}“ von diesem Gerät entfernen? Merkliste und Notizen dazu bleiben gespeichert und sind wieder da, wenn du die Datei erneut importierst.`,
    removeYes: 'Ja, entfernen',
    removeCancel: 'Abbrechen',
    switchButton: 'Wechseln',
    switchTo: (title: string) => `Zu „${title}“ wechseln`,
    switching: 'Wird geladen …',
    switchFailed: 'Diese Konferenz konnte nicht geladen werden.',
    importHeading: 'Zeitplan importieren',
    importIntro:
      'Ein Zeitplan, wie Konferenzen ihn veröffentlichen: schedule.json (C3VOC, pretalx, frab), schedule.xml (frab, pentabarf, wafer) oder iCalendar (.ics). Die Datei wird nur auf diesem Gerät gelesen und gespeichert; nichts wird hochgeladen. Eine neue Fassung derselben Konferenz ersetzt die alte, Merkliste und Notizen bleiben.',
    importInput: 'schedule.json-Datei wählen',
    importFormats: 'Auch schedule.xml (frab, pentabarf, wafer) und iCalendar-Dateien (.ics).',
    noRoom: 'Ohne Raumangabe',
    estimateNote: 'Uhrzeit geschätzt',
    importing: (file: string) => `„${file}“ wird gelesen und geprüft …`,
    imported: (title: string, events: number) =>
      `„${title}“ importiert: ${events === 1 ? '1 Programmpunkt' : `${events} Programmpunkte`}.`,
    updated: (title: string) => `„${title}“ aktualisiert.`,
    unchanged: (title: string) => `„${title}“ ist unverändert: dieselbe Fassung wie zuvor.`,
    repairs: 'Beim Import angepasst',
    repair: {
      acronym: (from: string, to: string) =>
        `Kürzel ${from ? `„${from}“` : '(fehlte)'} als „${to}“ übernommen; Merkliste und Notizen hängen an diesem Kürzel.`,
      missingGuids: (n: number) =>
        `${n} × keine guid: stabiler Ersatzschlüssel aus Kennung bzw. Tag, Raum, Beginn und Titel vergeben.`,
      invalidGuids: (n: number) => `${n} × guid ist keine UUID: stabiler Ersatzschlüssel aus dieser guid vergeben.`,
      duplicateGuids: (n: number) =>
        `${n} × guid doppelt: der erste Punkt behält sie, die anderen bekommen einen stabilen Ersatzschlüssel.`,
      slugs: (n: number) => `${n} × Kurzname (slug) in Kleinbuchstaben umgeschrieben.`,
      persons: (n: number) => `${n} × Person ohne Namen übersprungen.`,
      durations: (n: number) => `${n} × ohne Dauer: als 0 Minuten übernommen.`,
      untitled: (n: number) => `${n} × ohne Titel.`,
      timeZone: (zone: string) => `Keine bekannte Zeitzone angegeben: ${zone} angenommen.`,
      datesInvalid: (n: number) =>
        `${n} × unmögliches Datum (etwa 30. Februar): aus Tag und Uhrzeit des Punkts genommen.`,
      durationsInvalid: (n: number) => `${n} × unmögliche Dauer (etwa 99:99): aus dem Ende genommen, sonst 0 Minuten.`,
      urlsDropped: (n: number) =>
        `${n} × Adresse mit unzulässigem Schema (nur http, https und mailto werden Links) weggelassen.`,
      linksRepaired: (n: number) =>
        `${n} × Link als reiner Text, ohne https:// oder mit unzulässigen Zeichen: als gültige Adresse übernommen.`,
      allDaySkipped: (n: number) => `${n} × ganztägiger Kalendereintrag ohne Uhrzeit nicht ins Programm übernommen.`,
      recurrencesCapped: (n: number, limit: number) =>
        `${n} × wiederholter Kalendereintrag gekürzt: Termine nur innerhalb der Konferenz, höchstens ${limit}.`,
    },
    rejected: 'Nicht importiert, es wurde nichts geändert. Die Datei ist so kein lesbarer Zeitplan:',
    problem: {
      tooLarge: (mb: string, limit: string) =>
        `Die Datei ist ${mb} MB groß; mehr als ${limit} MB kann die App nicht sicher lesen.`,
      unreadable: (detail: string) => `Die Datei konnte nicht gelesen werden (${detail}).`,
      notJson: (detail: string) => `Die Datei ist kein lesbares JSON (${detail}).`,
      notXml: (detail: string) => `Die Datei ist kein lesbares XML (${detail}).`,
      notIcs: (detail: string) => `Die Datei ist kein lesbarer iCalendar-Kalender (${detail}).`,
      unknownFormat:
        'Das Format ist unbekannt. Gelesen werden schedule.json, schedule.xml (frab, pentabarf, wafer) und iCalendar (.ics).',
      tooDeep: (limit: number) => `Die Datei ist tiefer als ${limit} Ebenen verschachtelt; so sieht kein Zeitplan aus.`,
      noSchedule: 'Ganz oben fehlt das Objekt „schedule“. Ist das eine C3VOC-schedule.json?',
      noConference: 'In „schedule“ fehlt „conference“.',
      noDays: 'In „conference“ fehlt die Liste der Tage („days“).',
      noEvents: 'Der Zeitplan enthält keinen einzigen Programmpunkt.',
      shape: (path: string, expected: string, received: string) =>
        `${path}: erwartet ${expected}, gefunden ${received}.`,
      noStart: (title: string, room: string, day: string) =>
        `„${title}“ (${room}, ${day}) hat keine lesbare Startzeit („date“ oder „start“).`,
      more: (n: number) => `… und ${n} weitere.`,
    },
    storageFailed: (detail: string) => `Der Zeitplan ist in Ordnung, konnte aber nicht gespeichert werden: ${detail}`,
    exportHeading: 'Exportieren',
    exportIntro: (title: string) =>
      `„${title}“ als schedule.json im C3VOC-Format, zum Beispiel für EventFahrplan oder Giggity.`,
    exportButton: 'schedule.json exportieren',
    exporting: 'Wird erstellt …',
    exportDone: (name: string) => `Gespeichert als ${name}.`,
    exportFailed: 'Der Export ist fehlgeschlagen:',
    exportNothing: 'Keine Konferenz geladen.',
    untitled: 'Ohne Titel',
    defaultType: 'Programmpunkt',
    switchedForLink: (title: string) => `Dieser Link gehört zu „${title}“; die App zeigt jetzt diese Konferenz.`,
  },
  subscription: {
    heading: 'Von einer Adresse laden',
    intro:
      'Die Adresse, unter der die Konferenz ihren Zeitplan veröffentlicht. Die App lädt ihn von dort und prüft, solange sie geöffnet ist und Netz hat, höchstens alle 15 Minuten auf eine neue Fassung; Änderungen zeigt sie wie bei einer neuen Datei.',
    urlInput: 'Adresse des Zeitplans',
    urlHint: 'Beginnt mit https://, zum Beispiel https://example.org/schedule.json',
    load: 'Laden',
    loading: (url: string) => `${url} wird geladen und geprüft …`,
    invalid: {
      empty: 'Bitte die Adresse des Zeitplans eingeben.',
      notUrl:
        'Das ist keine vollständige Adresse. Sie beginnt mit https://, zum Beispiel https://example.org/schedule.json.',
      scheme: (scheme: string) => `Adressen mit „${scheme}“ kann die App nicht laden, nur solche mit https://.`,
      insecure:
        'Unverschlüsselte http://-Adressen lädt die App nicht. Bitte die https://-Adresse des Zeitplans verwenden.',
    },
    problem: {
      offline: 'Kein Netz. Es wurde nichts gespeichert.',
      cors: (fileField: string) =>
        `Der Server erlaubt es Apps im Browser nicht, den Zeitplan zu lesen (es fehlt die CORS-Freigabe). Es wurde nichts gespeichert. So geht es trotzdem: die Datei im Browser herunterladen und oben bei „${fileField}“ auswählen.`,
      unreachable:
        'Der Server ist nicht erreichbar (falsche Adresse, Server aus oder kein Netz). Es wurde nichts gespeichert.',
      http: (status: number) => `Der Server antwortet mit dem Fehler ${status}. Es wurde nichts gespeichert.`,
      error: (detail: string) => `Die Prüfung ist auf diesem Gerät fehlgeschlagen (${detail}).`,
    },
    from: (url: string) => `geladen von ${url}`,
    fetchedAt: (when: string) => `Stand: ${when}`,
    refresh: 'Zeitplan aktualisieren',
    checking: 'Wird geprüft …',
    unchanged: 'Auf dem Server gibt es keine neue Fassung.',
    offlineCopy: (when: string) => `Ohne Netz: gezeigt wird die zuletzt geladene Fassung vom ${when}.`,
    keptCopy: (when: string) => `Gezeigt wird weiter die zuletzt geladene Fassung vom ${when}.`,
    shareMissing: 'Die geteilte Datei ist nicht mehr da. Bitte noch einmal teilen oder die Datei oben auswählen.',
  },
  photos: {
    add: 'Foto hinzufügen',
    addHint:
      'Kamera oder Bild vom Gerät. Gespeichert wird eine verkleinerte Kopie ohne Standort- und Kameradaten, nur auf diesem Gerät.',
    heading: 'Fotos',
    working: 'Foto wird verkleinert und gespeichert …',
    added: (n: number) => `Foto ${n} gespeichert.`,
    alt: (n: number, title: string | null) => (title ? `Foto ${n} zu ${title}` : `Foto ${n} der freien Notiz`),
    count: (n: number) => (n === 1 ? '1 Foto' : `${n} Fotos`),
    delete: (n: number) => `Foto ${n} löschen`,
    confirmDelete: (n: number) => `Foto ${n} wirklich löschen? Das lässt sich nicht rückgängig machen.`,
    confirmYes: 'Ja, Foto löschen',
    cancel: 'Abbrechen',
    close: 'Schließen',
    viewer: (n: number, total: number) => `Foto ${n} von ${total}`,
    previous: 'Voriges Foto',
    next: 'Nächstes Foto',
    quota:
      'Das Foto wurde nicht gespeichert: Der Speicher auf diesem Gerät ist voll. Lösche Fotos, die du nicht mehr brauchst, oder lade eine Sicherung herunter (Einstellungen) und räume dann auf. Alles bisher Gespeicherte ist unverändert.',
    unreadable:
      'Diese Datei ist kein Bild, das der Browser lesen kann (zum Beispiel ein RAW-Foto). Es wurde nichts gespeichert.',
    failed: (detail: string) => `Das Foto wurde nicht gespeichert (${detail}). Bisher Gespeichertes ist unverändert.`,
    share: 'Notiz mit Fotos teilen',
    shareFailed: 'Teilen hat nicht geklappt.',
    zipButton: 'Notizen mit Fotos (ZIP)',
    zipHint: 'Eine ZIP-Datei: alle Notizen als Markdown, die Fotos als Dateien daneben, im Text verlinkt.',
    zipFileName: (date: string) => `tagesbegleiter-notizen-${date}.zip`,
    zipFailed: (detail: string) => `Die ZIP-Datei konnte nicht erstellt werden: ${detail}`,
    markdownFile: 'notizen.md',
    storage: (count: number, size: string) =>
      count === 1 ? `Davon 1 Foto: ${size}.` : `Davon ${count} Fotos: ${size}.`,
    storageNone: 'Keine Fotos gespeichert.',
    backupFileName: (date: string) => `tagesbegleiter-sicherung-${date}.zip`,
    restoreSummary: (n: number) => (n === 1 ? 'Dazu 1 Foto.' : `Dazu ${n} Fotos.`),
    problem: {
      zipBroken: (detail: string) => `Die ZIP-Datei ist beschädigt oder keine ZIP-Datei (${detail}).`,
      zipTooLarge: (limit: string) =>
        `Ausgepackt wäre die ZIP-Datei größer als ${limit}. So große Sicherungen liest die App nicht.`,
      zipEntries: (name: string) => `Die ZIP-Datei enthält „${name}“, das in keine Sicherung dieser App gehört.`,
      zipMissing: (name: string) => `In der ZIP-Datei fehlt „${name}“.`,
      zipPhotos: (detail: string) => `Die Fotoliste der Sicherung ist nicht in Ordnung: ${detail}.`,
    },
  },
  reminders: {
    heading: 'Erinnerungen',
    lead: 'Vor gemerkten Programmpunkten erinnern',
    off: 'Aus',
    minutes: (n: number) => (n === 0 ? 'Zum Beginn' : `${n} Minuten vorher`),
    notify: 'Auch als Systembenachrichtigung (braucht die Erlaubnis des Browsers)',
    permissionAsk: 'Benachrichtigungen erlauben',
    permissionDenied:
      'Der Browser hat Benachrichtigungen für diese App blockiert. Erlauben lässt es sich nur in den Website-Einstellungen des Browsers.',
    permissionUnsupported: 'Dieser Browser kann keine Systembenachrichtigungen zeigen.',
    honest:
      'So funktioniert es: Solange die App geöffnet ist, erscheint rechtzeitig ein Hinweis in der App und – wenn erlaubt – eine Systembenachrichtigung. Ist die App geschlossen oder das Gerät ohne Netz im Ruhezustand, kann eine Web-App nicht von sich aus erinnern. Dafür: „Mein Tag“ in den Kalender exportieren – die Kalenderdatei enthält eine Erinnerung mit derselben Vorlaufzeit, und der Kalender des Telefons erinnert auch bei geschlossener App.',
    banner: (title: string, time: string) => `Gleich: ${title} (${time})`,
    open: 'Ansehen',
    dismiss: 'Erinnerung schließen',
    notificationTitle: (title: string) => `Gleich: ${title}`,
    notificationBody: (time: string, room: string) => `${time} · ${room}`,
  },
  /** The database connection, when another tab runs another version of the app. */
  connection: {
    blocked:
      'Ein anderer offener Tab nutzt noch die alte Version der App. Schließe ihn oder lade ihn neu, damit hier gespeichert werden kann.',
    upgraded:
      'Eine neue Version der App wurde in einem anderen Tab geöffnet. Lade diese Seite neu, um weiterzumachen; was du getippt hast, bleibt erhalten.',
    reload: 'Neu laden',
  },
};

export type ScreenStrings = typeof deScreens;
