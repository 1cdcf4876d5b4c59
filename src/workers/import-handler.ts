import { MAX_IMPORT_BYTES } from '../domain/import';
import { readScheduleFile } from '../domain/import-formats';
import { toC3vocDocument } from '../domain/export';
import { c3vocProblems } from '../domain/c3voc-schema';
import { contentHash } from '../domain/stable-id';
import type { ImportWorkerRequest, ImportWorkerResponse } from './import-protocol';

/** Indentation of the exported file: readable in an editor, a few percent larger than minified. */
const EXPORT_INDENT = 1;

/** Blob.text() where it exists; FileReader for older engines (Safari before 14, jsdom). */
function readText(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsText(blob);
  });
}

/**
 * The work of the import worker, callable without a worker too (tests in jsdom, browsers
 * without module workers): parse and clean a file, or write and check an export.
 */
export async function handleImportRequest(request: ImportWorkerRequest): Promise<ImportWorkerResponse> {
  if (request.type === 'export') {
    const doc = toC3vocDocument(request.schedule, request.options);
    const problems = c3vocProblems(doc);
    return problems.length
      ? { type: 'export-failed', problems }
      : { type: 'exported', text: JSON.stringify(doc, null, EXPORT_INDENT) };
  }
  const { file, options } = request;
  const fileName = request.fileName ?? (file as Partial<File>).name;
  const contentType = request.contentType ?? file.type;
  if (file.size > MAX_IMPORT_BYTES)
    return { type: 'rejected', problems: [{ kind: 'too-large', bytes: file.size, limit: MAX_IMPORT_BYTES }] };
  let text: string;
  try {
    text = await readText(file);
  } catch (error) {
    return {
      type: 'rejected',
      problems: [{ kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) }],
    };
  }
  const result = await readScheduleFile(text, options, { fileName, contentType });
  if (!result.ok) return { type: 'rejected', problems: result.problems };
  const hash = contentHash(JSON.stringify(result.schedule));
  if (!request.store) return { type: 'imported', schedule: result.schedule, summary: result.summary, hash };
  // The off-thread half of the import action (src/state/conference-files.ts): the one write it makes.
  const { storeConferenceVersion } = await import('../store/conferences');
  try {
    const id = result.summary.conferenceId;
    const { subscription } = request;
    const stored = await storeConferenceVersion({
      id,
      schedule: result.schedule,
      source: 'import',
      hash,
      ...(subscription ? { subscription } : fileName ? { fileName } : {}),
    });
    const { record } = stored;
    return {
      type: 'stored',
      summary: result.summary,
      hash,
      replaced: stored.replaced,
      unchanged: stored.unchanged,
      importedAt: record.importedAt,
      ...(record.fileName ? { fileName: record.fileName } : {}),
      ...(record.subscription ? { subscription: record.subscription } : {}),
      schedule: record.schedule,
      ...(record.previous ? { previous: record.previous } : {}),
    };
  } catch (error) {
    return { type: 'store-failed', detail: error instanceof Error ? error.message : String(error) };
  }
}
