import { signal } from '@preact/signals';
import { de, type Strings } from './de';

/** The UI strings in force. Components read `strings.value` and re-render when it changes. */
export const strings = signal<Strings>(de);

export type { Strings };
