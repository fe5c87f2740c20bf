import { parsePlanText, type ParseOptions } from '../domain/parse/parsePlanText';
import { parsedToPlan } from '../domain/parse/toPlan';
import type { ParsedPlan } from '../domain/parse/types';
import type { Plan } from '../domain/plan';
import { inFile } from '../domain/userError';
import { unitName } from './planInput';
import type { DocumentReading } from '../files/readPlanDocument';
import type { ChosenFile } from './workbook';

export type { ParsedPlan };

/**
 * "Từ văn bản": a plan document read (a .docx or text file, or pasted text), what was recognised
 * shown for review, and only then the plan sheets written (app/scaffold.ts). The text is kept so a
 * period the user types can place the document's day/month dates again.
 */
export interface DocumentSource {
  /** The file name, or null for pasted text. */
  file: string | null;
  text: string;
}

/**
 * The text of a chosen .docx, .doc or .txt; mammoth loads, in its own chunk, only now. An old .doc
 * needs `reading.convertDoc` (the command line has LibreOffice; the pane asks for a .docx).
 */
export async function readDocument(file: ChosenFile, reading: DocumentReading = {}): Promise<DocumentSource> {
  const { readPlanDocument } = await import(/* webpackChunkName: "document" */ '../files/readPlanDocument');
  return { file: file.name, text: await readPlanDocument(file.name, file.data, reading) };
}

/** What the document says, with warnings to review; errors name the file. */
export function parseDocument(source: DocumentSource, options: ParseOptions = {}): ParsedPlan {
  return inFile(source.file ?? undefined, () => parsePlanText(source.text, options));
}

/** The plan the sheets will hold, with the unit names the user confirmed or typed. */
export function planFromDocument(parsed: ParsedPlan, issuingBody: string, superiorBody: string): Plan {
  return parsedToPlan(parsed, { issuingBody: unitName(issuingBody), superiorBody: unitName(superiorBody) });
}
