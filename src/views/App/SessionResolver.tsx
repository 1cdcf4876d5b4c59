import { useEffect, useState } from 'preact/hooks';
import type { Conference } from '../../domain/types';
import { findSession } from '../../domain/lookup';
import { cancelledSession, changeOf } from '../../state/changes';
import { clearSwitchedForLink, openConferenceOfSession, switchedForLink } from '../../state/conference-list';
import { screenStrings } from '../../i18n/screens';
import { Badge } from '../../ui/Badge';
import { changeDetails } from '../../ui/ChangeBadge';
import { SessionPage } from '../Session';

/**
 * /sitzung/:guid across conferences. An item of the conference on screen shows as always; one
 * the last update removed shows as "entfällt" (its marks and notes are kept); one that belongs to
 * another conference on this device switches to that conference, with a notice saying so.
 */
export function SessionResolver({ conference, guid }: { conference: Conference; guid: string }) {
  const s = screenStrings.value;
  const here = findSession(conference, guid);
  const cancelled = here ? undefined : cancelledSession(guid);
  // While other conferences are searched, the page says "not in this conference", which is true.
  const [lookup, setLookup] = useState<{ guid: string; state: 'looking' | 'none' } | null>(null);
  const missing = !here && !cancelled;

  useEffect(() => {
    if (!missing || lookup?.guid === guid) return;
    setLookup({ guid, state: 'looking' });
    void openConferenceOfSession(guid).then((found) => {
      if (!found) setLookup({ guid, state: 'none' });
    });
  }, [guid, missing, conference.id]);
  // The "switched for this link" notice belongs to this page only.
  useEffect(() => clearSwitchedForLink, []);

  const change = changeOf(guid);
  const shown = cancelled ? { ...conference, sessions: [...conference.sessions, cancelled] } : conference;
  return (
    <>
      {switchedForLink.value && (
        <p class="note" role="status">
          {s.conferences.switchedForLink(switchedForLink.value)}
        </p>
      )}
      {change && change.kind !== 'new' && (
        <p class="note change-note">
          <Badge tone={change.kind}>{s.changes[change.kind]}</Badge>{' '}
          {changeDetails(change, conference.timeZone).join(' · ')}
        </p>
      )}
      <SessionPage conference={shown} guid={guid} />
    </>
  );
}
