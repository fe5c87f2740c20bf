import { useRef } from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { ChosenFile } from '../app/workbook';
import { toChosenFile } from './files';
import { useStrings } from './i18n';
import { usePanelStyles } from './scaffold/ScaffoldPanel';

/** The standalone page's way to name the plan workbook an action reads (the pane in Excel has it open). */
export function PlanFilePicker({ file, onChange, missing }: { file: ChosenFile | null; onChange: (f: ChosenFile) => void; missing: boolean }) {
  const t = useStrings();
  const styles = usePanelStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.row}>
      <Button onClick={() => input.current?.click()}>{t.calendarChoosePlan}</Button>
      <input
        ref={input} type="file" accept=".xlsx" hidden aria-label={t.calendarChoosePlan}
        onChange={async (e) => {
          const picked = e.target.files?.[0];
          e.target.value = '';
          if (picked) onChange(await toChosenFile(picked));
        }}
      />
      {file && <Text>{file.name}</Text>}
      {missing && <Text role="alert">{t.calendarPlanFileMissing}</Text>}
    </div>
  );
}
