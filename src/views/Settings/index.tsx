import type { Conference } from '../../domain/types';
import { screenStrings } from '../../i18n/screens';
import { StorageSection } from './StorageSection';
import { BackupSection } from './BackupSection';
import { RestoreSection } from './RestoreSection';
import { DeleteAllSection } from './DeleteAllSection';
import { AppearanceSection } from './AppearanceSection';
import { ReminderSection } from './ReminderSection';

/** Appearance and language, reminders, storage on this device, backup and restore, and deleting everything. */
export function Settings({ conference }: { conference: Conference }) {
  const s = screenStrings.value;
  return (
    <>
      <h1>{s.settings.title}</h1>
      <AppearanceSection />
      <ReminderSection />
      <StorageSection />
      <BackupSection />
      <RestoreSection conference={conference} />
      <DeleteAllSection />
    </>
  );
}
