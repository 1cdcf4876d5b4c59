/**
 * Hands a text file to the browser as a download. A Blob URL from this page keeps it on the
 * device (no server, allowed by the CSP); it is revoked once the click has handed it over.
 */

/** Revoking at once can cancel the download in some browsers; a minute is plenty to start it. */
const REVOKE_AFTER_MS = 60_000;

/** Starts the download of `text` as a file called `name`. */
export function downloadTextFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** Starts the download of `blob` (a ZIP, an image) as a file called `name`. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
