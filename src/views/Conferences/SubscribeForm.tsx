import { useEffect, useRef, useState } from 'preact/hooks';
import type { FetchProblem, SubscribeOutcome } from '../../state/schedule-subscription';
import { subscribeToSchedule } from '../../state/schedule-subscription';
import type { ScheduleUrlCheck } from '../../domain/schedule-source';
import { screenStrings } from '../../i18n/screens';
import { ImportOutcomeView } from './ImportOutcomeView';

/** Why an address gave no schedule, as a sentence. */
export function fetchProblemText(problem: FetchProblem): string {
  const s = screenStrings.value;
  const p = s.subscription.problem;
  switch (problem.kind) {
    case 'offline':
      return p.offline;
    case 'cors':
      return p.cors(s.conferences.importInput);
    case 'unreachable':
      return p.unreachable;
    case 'http':
      return p.http(problem.status);
    case 'error':
      return p.error(problem.detail);
  }
}

function invalidText(check: Exclude<ScheduleUrlCheck, { ok: true }>): string {
  const t = screenStrings.value.subscription.invalid;
  switch (check.reason) {
    case 'empty':
      return t.empty;
    case 'not-url':
      return t.notUrl;
    case 'insecure':
      return t.insecure;
    case 'scheme':
      return t.scheme(check.scheme);
  }
}

type View = { kind: 'idle' } | { kind: 'busy'; url: string } | { kind: 'done'; outcome: SubscribeOutcome };

/**
 * "Adresse des Zeitplans" and "Laden": loads a schedule from the address where the conference
 * publishes it; the app keeps the address and rechecks it. `initialUrl`: a link shared to the
 * installed app, filled in for the person to confirm.
 */
export function SubscribeForm({ initialUrl = '' }: { initialUrl?: string }) {
  const s = screenStrings.value;
  const t = s.subscription;
  const [url, setUrl] = useState(initialUrl);
  const [view, setView] = useState<View>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (initialUrl) setUrl(initialUrl);
  }, [initialUrl]);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setView({ kind: 'busy', url: url.trim() });
    const outcome = await subscribeToSchedule(url);
    setView({ kind: 'done', outcome });
    if (!outcome.ok && 'invalid' in outcome) input.current?.focus();
  };

  const outcome = view.kind === 'done' ? view.outcome : undefined;
  const invalid = outcome && !outcome.ok && 'invalid' in outcome ? outcome.invalid : undefined;
  return (
    <form class="subscribe-form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <h3>{t.heading}</h3>
      <p>{t.intro}</p>
      <div class="field url-field">
        <label for="schedule-url">{t.urlInput}</label>
        <input
          ref={input}
          id="schedule-url"
          type="url"
          inputMode="url"
          autocomplete="url"
          spellcheck={false}
          value={url}
          aria-describedby={invalid ? 'schedule-url-hint schedule-url-problem' : 'schedule-url-hint'}
          aria-invalid={invalid ? 'true' : undefined}
          disabled={view.kind === 'busy'}
          onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
        />
        <p id="schedule-url-hint" class="hint">
          {t.urlHint}
        </p>
      </div>
      <button type="submit" disabled={view.kind === 'busy'}>
        {t.load}
      </button>
      {view.kind === 'busy' && <p role="status">{t.loading(view.url)}</p>}
      {invalid && (
        <p id="schedule-url-problem" class="import-problems" role="alert">
          {invalidText(invalid)}
        </p>
      )}
      {outcome && !outcome.ok && 'fetch' in outcome && (
        <p class="import-problems" role="alert">
          {fetchProblemText(outcome.fetch)}
        </p>
      )}
      {outcome && (outcome.ok || 'problems' in outcome || 'storageError' in outcome) && (
        <ImportOutcomeView outcome={outcome} />
      )}
    </form>
  );
}
