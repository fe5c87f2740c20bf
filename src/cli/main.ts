/*
 * `unionplan <command> …`: the command-line face of unionplan. Each command reads the files it is
 * given, runs the action (src/app) over the .xlsx host and prints the outcome in Vietnamese, or in
 * English with --lang en.
 */
import type { Lang } from '../app/outcomeText';
import { describeError, UserError } from '../domain/userError';
import { calendarCommand } from './commands/calendar';
import { checkCommand } from './commands/check';
import { consolidateCommand } from './commands/consolidate';
import { demoCommand } from './commands/demo';
import { formsCommand } from './commands/forms';
import type { CommandResult } from './commands/result';
import { parseCommand } from './commands/parse';
import { reportCommand } from './commands/report';
import { scaffoldCommand } from './commands/scaffold';
import { helpText } from './help';

/** The commands `run` knows; `help` answers by itself (see COMMAND_HELP for what each does). */
export const COMMANDS: Record<string, (args: string[]) => Promise<CommandResult>> = {
  scaffold: scaffoldCommand,
  demo: demoCommand,
  parse: parseCommand,
  calendar: calendarCommand,
  check: checkCommand,
  forms: formsCommand,
  consolidate: consolidateCommand,
  report: reportCommand,
};

export const HELP = { vi: helpText('vi'), en: helpText('en') };

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Splits off --lang, which every command accepts. */
function takeLang(argv: string[]): { lang: Lang; rest: string[] } {
  const rest: string[] = [];
  let lang: Lang = 'vi';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang' && (argv[i + 1] === 'en' || argv[i + 1] === 'vi')) lang = argv[++i] as Lang;
    else if (a === '--lang=en' || a === '--lang=vi') lang = a.slice(7) as Lang;
    else rest.push(a);
  }
  return { lang, rest };
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { lang, rest } = takeLang(argv);
  const [command, ...args] = rest;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    io.out(HELP[lang]);
    return 0;
  }
  const handler = COMMANDS[command];
  if (!handler) {
    io.err(lang === 'vi' ? `Không có lệnh "${command}".\n\n${HELP.vi}` : `Unknown command "${command}".\n\n${HELP.en}`);
    return 2;
  }
  try {
    const result = await handler(args);
    io.out(result[lang]);
    return result.exitCode ?? 0;
  } catch (e) {
    if (e instanceof UserError) {
      io.err(`${lang === 'vi' ? 'Lỗi' : 'Error'}: ${describeError(e, lang)}`);
      return e.code === 'usage' ? 2 : 1;
    }
    const detail = e instanceof Error ? e.message : String(e);
    io.err(lang === 'vi' ? `Lỗi không mong đợi: ${detail}. Hãy gửi thông báo này cho người hỗ trợ.` : `Unexpected error: ${detail}. Please report it.`);
    if (process.env.UNIONPLAN_DEBUG && e instanceof Error) io.err(e.stack ?? '');
    return 70;
  }
}

export function main(argv: string[]): void {
  run(argv, { out: (s) => console.log(s), err: (s) => console.error(s) }).then((code) => {
    process.exitCode = code;
  });
}
