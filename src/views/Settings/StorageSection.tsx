import { useEffect, useState } from 'preact/hooks';
import { formatBytes } from '../../domain/bytes';
import { askPersistence, persistRefused, refreshStorageInfo, storageInfo } from '../../state/storage';
import { screenStrings } from '../../i18n/screens';

/** Usage, quota and whether the browser promised to keep the data, with a way to ask. */
export function StorageSection() {
  const s = screenStrings.value;
  const [photos, setPhotos] = useState<{ count: number; bytes: number } | null>(null);
  useEffect(() => {
    void refreshStorageInfo();
    void import('../../state/photo-totals').then((m) => m.storedPhotoTotals()).then(setPhotos);
  }, []);
  const info = storageInfo.value;
  return (
    <section aria-labelledby="settings-storage">
      <h2 id="settings-storage">{s.settings.storage}</h2>
      {info && (
        <>
          <p>
            {info.usage !== undefined && info.quota !== undefined
              ? s.settings.usage(formatBytes(info.usage, s.locale), formatBytes(info.quota, s.locale))
              : s.settings.usageUnknown}
          </p>
          {photos && (
            <p>
              {photos.count === 0
                ? s.photos.storageNone
                : s.photos.storage(photos.count, formatBytes(photos.bytes, s.locale))}
            </p>
          )}
          <p>
            {info.persisted === null
              ? s.settings.persistUnknown
              : info.persisted
                ? s.settings.persisted
                : s.settings.notPersisted}
          </p>
          {info.persisted === false && (
            <p>
              <button type="button" class="secondary" onClick={() => void askPersistence().then(refreshStorageInfo)}>
                {s.settings.askPersist}
              </button>
            </p>
          )}
        </>
      )}
      {persistRefused.value && (
        <p class="note" role="status">
          {s.settings.persistRefused}
        </p>
      )}
    </section>
  );
}
