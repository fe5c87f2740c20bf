import { useContext, useState } from 'react';
import { Link, Text } from '@fluentui/react-components';
import { errorText } from '../app/outcomeText';
import type { PlanActions } from '../app/planActions';
import { LangContext, useStrings } from './i18n';

/** Sheets listed after this many are in the sentence above, not repeated as links. */
const MAX_LINKS = 8;

/**
 * The sheets an action wrote, each a link that goes to it, under the action's result. Only where a
 * workbook is open (the standalone page downloads a file instead, and shows nothing here).
 */
export function SheetLinks({ host, sheets }: { host: PlanActions; sheets: readonly string[] }) {
  const t = useStrings();
  const lang = useContext(LangContext);
  const [failed, setFailed] = useState('');
  if (!host.select || !sheets.length) return null;
  const go = async (sheet: string) => {
    try {
      await host.select!(sheet, 'A1');
      setFailed('');
    } catch (e) {
      setFailed(errorText(e, lang));
    }
  };
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 8, alignItems: 'baseline' }}>
      <Text>{t.goToSheets}</Text>
      {sheets.slice(0, MAX_LINKS).map((s) => (
        <Link key={s} as="button" onClick={() => void go(s)} aria-label={t.goToSheet(s)}>{s}</Link>
      ))}
      {failed && <Text role="alert" style={{ flexBasis: '100%' }}>{failed}</Text>}
    </div>
  );
}
