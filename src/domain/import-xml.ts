import { SaxesParser } from 'saxes';
import type { ScheduleFormat } from './import';

/**
 * frab/C3VOC schedule.xml, pentabarf XML (FOSDEM) and wafer's "pentabarf.xml" (DebConf), read
 * into the same loose shape a schedule.json has, so one reading (src/domain/import.ts) cleans
 * and checks all of them. Workers have no DOMParser; saxes is a small, strict streaming parser
 * (about 8 KB gzip), loaded only with the import worker.
 *
 * What differs between the dialects is handled where it is read:
 * - frab: `<day date start end>`, `<room name guid>`, `<event guid id>`, persons with guid or id.
 * - pentabarf: no time zone, no guid (the importer derives stable keys from the event id),
 *   `<day_change>` instead of day start and end, persons as text with an id.
 * - wafer: `<date>` in UTC (+00:00) beside a local `<start>`: the offset makes the instant right.
 */

/** Deeper than any schedule; the parser itself does not recurse, this keeps the tree sane. */
const MAX_XML_DEPTH = 64;

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

export class XmlTooDeepError extends Error {}

/** A small element tree: names, attributes, children and the text directly inside. */
function parseTree(text: string): Node {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const root: Node = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: Node[] = [root];
  parser.on('opentag', (tag) => {
    if (stack.length > MAX_XML_DEPTH) throw new XmlTooDeepError(String(MAX_XML_DEPTH));
    const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [key, value] of Object.entries(tag.attributes as Record<string, string>)) attrs[key] = value;
    const node: Node = { name: tag.name, attrs, children: [], text: '' };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    stack.at(-1)!.text += t;
  });
  parser.on('cdata', (t) => {
    stack.at(-1)!.text += t;
  });
  parser.write(text).close();
  return root;
}

const child = (node: Node, name: string): Node | undefined => node.children.find((c) => c.name === name);
const children = (node: Node, name: string): Node[] => node.children.filter((c) => c.name === name);
/** The text of a child element, trimmed; null when absent or empty (`<subtitle/>`). */
const textOf = (node: Node, name: string): string | null => {
  const c = child(node, name);
  const t = c?.text.trim();
  return t ? t : null;
};
const attr = (node: Node | undefined, name: string): string | null => node?.attrs[name]?.trim() || null;

type Loose = Record<string, unknown>;

function readPerson(p: Node): Loose | null {
  const name = p.text.trim();
  if (!name) return null;
  const guid = attr(p, 'guid');
  const id = attr(p, 'id');
  // frab writes an id (frab shape), the C3VOC hub a guid (pretalx shape).
  if (guid) return { name, guid };
  if (id && /^\d+$/.test(id)) return { id: Number(id), public_name: name };
  return { name };
}

function readEvent(e: Node): Loose {
  const out: Loose = {};
  for (const key of [
    'date',
    'start',
    'duration',
    'end',
    'room',
    'slug',
    'url',
    'title',
    'subtitle',
    'track',
    'type',
    'language',
    'abstract',
    'description',
  ]) {
    const value = textOf(e, key);
    if (value !== null) out[key] = value;
  }
  const guid = attr(e, 'guid');
  if (guid) out.guid = guid;
  const id = attr(e, 'id');
  if (id) out.id = id;
  const persons = child(e, 'persons');
  out.persons = persons
    ? children(persons, 'person')
        .map(readPerson)
        .filter((p) => p !== null)
    : [];
  const links = child(e, 'links');
  out.links = links
    ? children(links, 'link').map((l) => ({
        url: attr(l, 'href') ?? l.text.trim(),
        ...(l.text.trim() ? { title: l.text.trim() } : {}),
      }))
    : [];
  return out;
}

function readDay(day: Node): Loose {
  const rooms: Record<string, Loose[]> = Object.create(null) as Record<string, Loose[]>;
  for (const room of children(day, 'room')) {
    const name = attr(room, 'name') ?? '';
    (rooms[name] ??= []).push(...children(room, 'event').map(readEvent));
  }
  const out: Loose = { rooms };
  const index = attr(day, 'index');
  if (index && /^\d+$/.test(index)) out.index = Number(index);
  const date = attr(day, 'date');
  if (date) out.date = date;
  const start = attr(day, 'start');
  if (start) out.day_start = start;
  const end = attr(day, 'end');
  if (end) out.day_end = end;
  return out;
}

function readConference(conf: Node | undefined, schedule: Node): Loose {
  const out: Loose = {};
  if (conf) {
    for (const key of [
      'acronym',
      'title',
      'start',
      'end',
      'timeslot_duration',
      'time_zone_name',
      'url',
      'description',
      'day_change',
    ]) {
      const value = textOf(conf, key);
      if (value !== null) out[key] = value;
    }
    const tracks = children(conf, 'track')
      .map((t) => ({
        name: attr(t, 'name') ?? t.text.trim(),
        ...(attr(t, 'slug') ? { slug: attr(t, 'slug') } : {}),
        ...(attr(t, 'color') ? { color: attr(t, 'color') } : {}),
      }))
      .filter((t) => t.name);
    if (tracks.length) out.tracks = tracks;
  }
  const rooms = children(schedule, 'day')
    .flatMap((d) => children(d, 'room'))
    .filter((r) => attr(r, 'name') && attr(r, 'guid'))
    .map((r) => ({ name: attr(r, 'name'), guid: attr(r, 'guid') }));
  const unique = [...new Map(rooms.map((r) => [r.name, r])).values()];
  if (unique.length) out.rooms = unique;
  out.days = children(schedule, 'day').map(readDay);
  return out;
}

/** Which dialect: wafer names itself; frab writes guids and an acronym; pentabarf neither. */
function dialect(schedule: Node, conf: Node | undefined): ScheduleFormat {
  if (attr(child(schedule, 'generator'), 'name')?.toLowerCase() === 'wafer') return 'wafer-xml';
  const anyEvent = child(child(child(schedule, 'day') ?? schedule, 'room') ?? schedule, 'event');
  if (conf && textOf(conf, 'acronym') && attr(anyEvent, 'guid')) return 'frab-xml';
  return 'pentabarf-xml';
}

export type XmlReading =
  | { ok: true; doc: unknown; format: ScheduleFormat }
  | { ok: false; problem: 'not-xml' | 'too-deep' | 'no-schedule'; detail: string };

/** An XML schedule as the loose JSON shape, or why it is not one. */
export function readScheduleXml(text: string): XmlReading {
  let root: Node;
  try {
    root = parseTree(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    if (error instanceof XmlTooDeepError) return { ok: false, problem: 'too-deep', detail: error.message };
    return {
      ok: false,
      problem: 'not-xml',
      detail: error instanceof Error ? error.message.split('\n')[0]! : String(error),
    };
  }
  const schedule = root.children[0];
  if (!schedule || schedule.name !== 'schedule')
    return { ok: false, problem: 'no-schedule', detail: schedule?.name ?? '' };
  const conf = child(schedule, 'conference');
  const version = textOf(schedule, 'version');
  const baseUrl = textOf(schedule, 'base_url') ?? (conf ? textOf(conf, 'base_url') : null);
  return {
    ok: true,
    format: dialect(schedule, conf),
    doc: {
      schedule: {
        ...(version ? { version } : {}),
        ...(baseUrl ? { base_url: baseUrl } : {}),
        conference: readConference(conf, schedule),
      },
    },
  };
}
