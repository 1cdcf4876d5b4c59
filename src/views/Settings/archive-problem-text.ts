import type { BackupProblem } from '../../domain/backup';
import { formatBytes } from '../../domain/bytes';
import type { PhotoArchiveProblem } from '../../domain/photo-backup';
import type { Strings } from '../../i18n/screens';
import { problemText } from './problem-text';

/** The sentence that names why a backup file (JSON or ZIP) was refused. */
export function archiveProblemText(
  problem: BackupProblem | PhotoArchiveProblem,
  s: Strings,
  conferenceTitle: (id: string) => string,
): string {
  const p = s.photos.problem;
  switch (problem.kind) {
    case 'zipBroken':
      return p.zipBroken(problem.detail);
    case 'zipTooLarge':
      return p.zipTooLarge(formatBytes(problem.limit, s.locale));
    case 'zipEntries':
      return p.zipEntries(problem.name);
    case 'zipMissing':
      return p.zipMissing(problem.name);
    case 'zipPhotos':
      return p.zipPhotos(problem.detail);
    default:
      return problemText(problem, s, conferenceTitle);
  }
}
