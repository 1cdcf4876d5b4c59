import { useEffect, useMemo } from 'preact/hooks';
import { NoteDraft, type DraftTarget } from '../../state/note-draft';
import { ensureNotes } from '../../state/notes';
import { beforeDatabaseHandover, connectionBlocked, onConnection } from '../../state/storage-connection';
import { onTabMessage } from '../../state/tab-sync';
import { onBeforeUpdate } from '../../sw/bridge';

/**
 * A text field's NoteDraft, wired to the events that decide when it saves: the page hiding
 * (journal, then save), other tabs' changes, an app update about to reload, another tab's newer
 * version taking the database (save on the old connection first), a blocked or lost connection.
 * Unmounting saves what is still pending.
 */
export function useNoteDraft(target: DraftTarget): NoteDraft {
  const draft = useMemo(() => new NoteDraft(target), [target.id, target.conferenceId, target.sessionGuid]);
  useEffect(() => {
    ensureNotes(target.conferenceId);
    if (connectionBlocked()) draft.waiting();
    void draft.load();
    const onPageHide = () => void draft.rescue();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void draft.rescue();
    };
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
    const stops = [
      onTabMessage((message) => draft.tabMessage(message)),
      onBeforeUpdate(() => draft.beforeReload()),
      beforeDatabaseHandover(() => draft.flush()),
      onConnection((event) => {
        if (event === 'blocked') draft.waiting();
        if (event === 'terminated') draft.connectionLost();
      }),
    ];
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
      for (const stop of stops) stop();
      void draft.flush();
    };
  }, [draft]);
  return draft;
}
