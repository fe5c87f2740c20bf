/** What a command tells the user when it succeeds, in both languages. */
export interface CommandResult {
  vi: string;
  en: string;
}
