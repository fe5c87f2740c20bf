/** What a command tells the user when it ran, in both languages, and the exit code (0 unless told). */
export interface CommandResult {
  vi: string;
  en: string;
  /** `check` ends with 1 when it found errors, so scripts can stop on them. */
  exitCode?: number;
}
