import { Field, Select } from '@fluentui/react-components';
import { dayMonthYear, type Round } from '../app/rounds';
import { ROUND_STRINGS, type RoundLang } from './roundStrings';

/**
 * Chooses the reporting round an action works on (forms, consolidation, report): one of the plan's
 * rounds by code, or none for the whole period. `value` is the round's code, null for none.
 */
export function RoundPicker({ rounds, value, onChange, lang = 'vi', allowWhole = true }: {
  rounds: readonly Round[];
  value: string | null;
  onChange: (code: string | null) => void;
  lang?: RoundLang;
  /** Offer "the whole period" (no round), as before rounds existed. */
  allowWhole?: boolean;
}) {
  const t = ROUND_STRINGS[lang];
  const WHOLE = '';
  return (
    <Field label={t.roundLabel} hint={t.roundHint} style={{ minWidth: 0 }}>
      {/* A native select is as wide as its longest option: held to the pane's width (320 px at the narrowest). */}
      <Select style={{ width: '100%', maxWidth: '100%' }} select={{ style: { width: '100%', minWidth: 0 } }} value={value ?? WHOLE} onChange={(_e, data) => onChange(data.value === WHOLE ? null : data.value)}>
        {allowWhole && <option value={WHOLE}>{t.roundWhole}</option>}
        {rounds.map((r) => <option key={r.code} value={r.code}>{t.roundOption(r.code, r.name, dayMonthYear(r.cutOff))}</option>)}
      </Select>
    </Field>
  );
}
