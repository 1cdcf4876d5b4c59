import { marksStatus } from '../state/marks';
import { strings } from '../i18n';

/** Says plainly that marks cannot be saved here (private mode, blocked or full storage). */
export function MarksUnavailableBanner() {
  if (marksStatus.value !== 'unavailable') return null;
  return (
    <p class="banner banner-warn" role="alert">
      {strings.value.marks.unavailable}
    </p>
  );
}
