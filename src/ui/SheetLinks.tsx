import { useContext, useState } from 'react';
import { Link, Text } from '@fluentui/react-components';
import { shownError, type ShownError } from './shownError';
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
  const [failed, setFailed] = useState<ShownError | null>(null);
  if (!host.select || !sheets.length) return null;
  const go = async (sheet: string) => {
    try {
      await host.select!(sheet, 'A1');
      setFailed(null);
    } catch (e) {
      setFailed(shownError(e, lang));
    }
  };
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 8, alignItems: 'baseline' }}>
      <Text>{t.goToSheets}</Text>
      {sheets.slice(0, MAX_LINKS).map((s) => (
        <Link key={s} as="button" onClick={() => void go(s)} aria-label={t.goToSheet(s)}>{s}</Link>
      ))}
      {failed && (
        <div role="alert" style={{ flexBasis: '100%' }}>
          <Text>{failed.message}</Text>
          {failed.detail && <div><Text size={100}>{t.errorCode(failed.detail)}</Text></div>}
        </div>
      )}
    </div>
  );
}
