import { useEffect } from 'preact/hooks';
import { UpdatePrompt } from '../../ui/UpdatePrompt';
import { ReminderBanner } from '../../ui/ReminderBanner';
import { ConnectionBanner } from '../../ui/ConnectionBanner';
import { MarksUnavailableBanner } from '../../ui/MarksUnavailableBanner';
import { startReminders } from '../../state/reminders';
import { connectionState } from '../../state/storage-connection';

/**
 * The banners that say something only later or rarely (an update, a reminder, another tab's
 * version, storage that fails) and the reminders' timers. The frame loads them once the first
 * screen is usable (./index.tsx), so their code and the service worker bridge they use are not
 * part of the first download; none of them has anything to say at the first paint.
 */
export function LateBanners() {
  useEffect(() => startReminders(), []);
  return (
    <>
      <UpdatePrompt />
      <ReminderBanner />
      <ConnectionBanner />
      {connectionState.value === 'ok' && <MarksUnavailableBanner />}
    </>
  );
}
