import { parsePlanText, type ParseOptions } from '../domain/parse/parsePlanText';
import type { ParsedPlan } from '../domain/parse/types';
import { inFile } from '../domain/userError';
import { fileBytes } from '../ui/files';

/**
 * The pane's two ways in: a chosen file (mammoth loads, in its own chunk, only now) or pasted text.
 * The text is kept so a period the user types can place the document's dates again.
 */
export interface DocumentSource {
  /** The file name, or null for pasted text. */
  file: string | null;
  text: string;
}

export async function readChosenFile(file: File): Promise<DocumentSource> {
  const data = new Uint8Array(await fileBytes(file));
  const { readPlanDocument } = await import(/* webpackChunkName: "document" */ '../files/readPlanDocument');
  return { file: file.name, text: await readPlanDocument(file.name, data) };
}

export function parseSource(source: DocumentSource, options: ParseOptions = {}): ParsedPlan {
  return source.file ? inFile(source.file, () => parsePlanText(source.text, options)) : parsePlanText(source.text, options);
}
