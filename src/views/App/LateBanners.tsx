import { useEffect, useState } from 'preact/hooks';
import { UpdatePrompt } from '../../ui/UpdatePrompt';
import { ReminderBanner } from '../../ui/ReminderBanner';
import { ConnectionBanner } from '../../ui/ConnectionBanner';
import { MarksUnavailableBanner } from '../../ui/MarksUnavailableBanner';
import { activeReminders, startReminders } from '../../state/reminders';
import { connectionState } from '../../state/storage-connection';
import { screenStringsReady } from '../../i18n/screens';

/**
 * True once the screens' strings are those of the language in force, asked for only once
 * `needed`: an English browser loads them when a banner has something to say, not at every start.
 */
function useScreenStringsWhen(needed: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!needed || ready) return;
    let live = true;
    void screenStringsReady().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [needed, ready]);
  return ready;
}

/**
 * The banners that say something only later or rarely (an update, a reminder, another tab's
 * version, storage that fails) and the reminders' timers. The frame loads them once the first
 * screen is usable (src/idle.ts), so their code and the service worker bridge they use are not
 * part of the first download; none of them has anything to say at the first paint.
 */
export function LateBanners() {
  useEffect(() => startReminders(), []);
  // The update banners' strings are the first screen's (the first visit's "offline from now on"
  // needs no more); a reminder or another tab's version needs the screens' strings.
  const ready = useScreenStringsWhen(activeReminders.value.length > 0 || connectionState.value !== 'ok');
  return (
    <>
      <UpdatePrompt />
      {ready && (
        <>
          <ReminderBanner />
          <ConnectionBanner />
        </>
      )}
      {connectionState.value === 'ok' && <MarksUnavailableBanner />}
    </>
  );
}
