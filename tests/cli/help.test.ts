import { COMMAND_HELP, helpText } from '../../src/cli/help';
import { COMMANDS, HELP } from '../../src/cli/main';
import { cli } from '../support/cli';

describe('unionplan help', () => {
  it('lists every command the CLI runs, in both languages', () => {
    const listed = COMMAND_HELP.map((c) => c.name);
    for (const name of [...Object.keys(COMMANDS), 'help']) {
      expect(listed).toContain(name);
      for (const lang of ['vi', 'en'] as const) expect(HELP[lang]).toMatch(new RegExp(`^  unionplan ${name}\\b`, 'm'));
    }
  });

  it('says what each command does in each language, in the same order', () => {
    for (const c of COMMAND_HELP) {
      expect(c.vi.trim()).not.toBe('');
      expect(c.en.trim()).not.toBe('');
      expect(c.vi).not.toBe(c.en);
    }
    const usages = (text: string) => text.split('\n').filter((l) => l.startsWith('  unionplan '));
    expect(usages(helpText('vi'))).toEqual(usages(helpText('en')));
  });

  it('prints the help in the language asked for', async () => {
    expect((await cli('help')).out).toBe(HELP.vi);
    expect((await cli('--lang', 'en', 'help')).out).toBe(HELP.en);
  });
});
