import type { ChosenFile, WriteDone } from './workbook';

/**
 * What an action made as files (the standalone page, the CLI): the name the user finds them under
 * — a download, a path — and the files themselves, which the page may keep for the next step (the
 * plan just made, the consolidation a report is written from). Absent where results are sheets.
 */
export interface SavedFiles {
  fileName?: string;
  files?: ChosenFile[];
}

export function savedFiles(written: WriteDone): SavedFiles {
  return written.saved ? { fileName: written.saved.as, files: written.saved.files } : {};
}
