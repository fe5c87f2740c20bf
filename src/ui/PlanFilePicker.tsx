import { useRef } from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { ChosenFile } from '../app/workbook';
import { toChosenFile } from './files';
import { useStrings } from './i18n';
import { usePanelStyles } from './scaffold/ScaffoldPanel';
import { useSessionState } from './session/useSessionState';

/** The plan workbook the standalone page reads: chosen once, used by every tab until another is chosen. */
export const usePlanFile = () => useSessionState<ChosenFile | null>('planFile', null);

/** The standalone page's way to name the plan workbook an action reads (the pane in Excel has it open). */
export function PlanFilePicker({ missing }: { missing: boolean }) {
  const t = useStrings();
  const styles = usePanelStyles();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = usePlanFile();
  return (
    <div className={styles.row} style={{ alignItems: 'baseline' }}>
      {file && <Text>{t.planFileKept(file.name)}</Text>}
      <Button size={file ? 'small' : 'medium'} onClick={() => input.current?.click()}>{file ? t.planFileChange : t.calendarChoosePlan}</Button>
      <input
        ref={input} type="file" accept=".xlsx" hidden aria-label={t.calendarChoosePlan}
        onChange={async (e) => {
          const picked = e.target.files?.[0];
          e.target.value = '';
          if (picked) setFile(await toChosenFile(picked));
        }}
      />
      {missing && !file && <Text role="alert">{t.calendarPlanFileMissing}</Text>}
    </div>
  );
}
