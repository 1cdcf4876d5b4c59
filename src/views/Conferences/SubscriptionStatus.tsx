import { useEffect, useState } from 'preact/hooks';
import type { ConferenceInfo } from '../../domain/conference-info';
import { refreshSubscribed, recheckStatus } from '../../state/schedule-subscription';
import { screenStrings } from '../../i18n/screens';
import { fetchProblemText } from './SubscribeForm';
import { ImportOutcomeView } from './ImportOutcomeView';

/** Whether the browser says it has a network, following its changes. */
function useOnline(): boolean {
  const [online, setOnline] = useState(() => typeof navigator === 'undefined' || navigator.onLine !== false);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine !== false);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    // A change between the first render and this effect would be missed otherwise.
    update();
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/**
 * A conference loaded from an address: where from, "Stand:" (the last successful fetch) and,
 * for the one on screen, "Zeitplan aktualisieren" with what the check found. Offline it says
 * which fetch the copy on the device is.
 */
export function SubscriptionStatus({
  info,
  active,
}: {
  info: ConferenceInfo & { subscription: object };
  active: boolean;
}) {
  const s = screenStrings.value;
  const t = s.subscription;
  const online = useOnline();
  const { url, fetchedAt } = info.subscription as NonNullable<ConferenceInfo['subscription']>;
  const when = new Intl.DateTimeFormat(s.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(fetchedAt),
  );
  const status = recheckStatus.value[info.id];

  const onRefresh = async () => {
    await refreshSubscribed(info.id, { url, fetchedAt });
  };

  return (
    <>
      <p class="hint subscription-source">{t.from(url)}</p>
      <p>{t.fetchedAt(when)}</p>
      {!online && <p role="status">{t.offlineCopy(when)}</p>}
      {active && (
        <button type="button" disabled={status?.kind === 'checking'} onClick={() => void onRefresh()}>
          {t.refresh}
          <span class="visually-hidden"> – {info.title}</span>
        </button>
      )}
      {status?.kind === 'checking' && <p role="status">{t.checking}</p>}
      {status?.kind === 'unchanged' && <p role="status">{t.unchanged}</p>}
      {status?.kind === 'failed' && status.problem.kind !== 'offline' && (
        <p class="import-problems" role="alert">
          {fetchProblemText(status.problem)} {t.keptCopy(when)}
        </p>
      )}
      {status?.kind === 'imported' && <ImportOutcomeView outcome={status.outcome} />}
    </>
  );
}
