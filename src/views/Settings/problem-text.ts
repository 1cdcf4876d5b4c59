import type { BackupProblem } from '../../domain/backup';
import { formatBytes } from '../../domain/bytes';
import type { Strings } from '../../i18n';

/** How many unknown guids a message lists before "…": enough to find them, short enough to read. */
const LISTED_GUIDS = 3;

/** The sentence that names why a backup file was refused. */
export function problemText(problem: BackupProblem, s: Strings, conferenceTitle: (id: string) => string): string {
  const p = s.settings.problem;
  switch (problem.kind) {
    case 'tooLarge':
      return p.tooLarge(formatBytes(problem.bytes, s.locale));
    case 'notJson':
      return p.notJson(problem.detail);
    case 'notBackup':
      return p.notBackup;
    case 'unknownVersion':
      return p.unknownVersion(problem.version);
    case 'wrongShape': {
      const what =
        (problem.check && p.checks[problem.check]) || p.expected(problem.expected ?? '?', problem.received ?? '?');
      return p.wrongShape(problem.path || '/', what);
    }
    case 'unknownConference':
      return p.unknownConference(problem.conferenceIds.join(', '));
    case 'unknownSessions': {
      const listed = problem.guids.slice(0, LISTED_GUIDS).join(', ');
      const more = problem.guids.length > LISTED_GUIDS ? ', …' : '';
      return p.unknownSessions(problem.guids.length, conferenceTitle(problem.conferenceId), listed + more);
    }
  }
}
