/** What happened when the person shared or copied a note. */
export type NoteShareResult = 'shared' | 'copied' | 'cancelled' | 'failed';

/** True where the system share sheet exists (phones); elsewhere the UI offers copying only. */
export function canShareText(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.share === 'function';
}

/** Shares one note's text through the system share sheet; falls back to copying. */
export async function shareNoteText(title: string, text: string): Promise<NoteShareResult> {
  if (canShareText()) {
    try {
      await navigator.share({ title, text });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  return copyNoteText(text);
}

/** Copies a note's text to the clipboard. */
export async function copyNoteText(text: string): Promise<NoteShareResult> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}
