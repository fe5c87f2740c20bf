import { useRef, useState } from 'react';
import { Button, Field, Text } from '@fluentui/react-components';
import type { ChosenFile } from '../app/workbook';
import { toChosenFile } from './files';
import { ROUND_STRINGS, type RoundLang } from './roundStrings';

/**
 * Chooses last year's summary file to compare a round with ("so với cùng kỳ năm trước"); the file is
 * only read, as bytes, by the consolidation. `value` null: no comparison.
 */
export function LastYearFile({ value, onChange, lang = 'vi' }: { value: ChosenFile | null; onChange: (file: ChosenFile | null) => void; lang?: RoundLang }) {
  const t = ROUND_STRINGS[lang];
  const input = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<string | null>(null);
  return (
    <Field label={t.lastYearLabel} hint={t.lastYearHint} validationMessage={refused ?? undefined} validationState={refused ? 'error' : 'none'}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button onClick={() => input.current?.click()}>{t.lastYearChoose}</Button>
        <input
          ref={input} type="file" accept=".xlsx" hidden aria-label={t.lastYearChoose}
          onChange={async (e) => {
            const picked = e.target.files?.[0];
            e.target.value = '';
            if (!picked) return;
            if (!/\.xlsx$/i.test(picked.name)) { setRefused(t.lastYearNotXlsx(picked.name)); return; }
            setRefused(null);
            onChange(await toChosenFile(picked));
          }}
        />
        {value && <Text>{value.name}</Text>}
        {value && <Button appearance="subtle" onClick={() => onChange(null)}>{t.lastYearClear}</Button>}
      </div>
    </Field>
  );
}
