import { useRef, useState, type DragEvent } from 'react';
import { Button, Text, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import type { PlanActions } from '../../app/planActions';
import type { ChosenFile } from '../../app/workbook';
import { toChosenFile } from '../files';
import { useStrings } from '../i18n';
import { usePanelStyles } from '../scaffold/ScaffoldPanel';
import { useSessionState } from '../session/useSessionState';

const useStyles = makeStyles({
  drop: { ...shorthands.border('2px', 'dashed', tokens.colorNeutralStroke1), borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  dropActive: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  names: { margin: 0, paddingLeft: '1.2em', maxHeight: '8em', overflowY: 'auto', overflowWrap: 'anywhere' },
});

/** The members' files chosen so far, kept while the pane or page is open. */
export const useMembers = () => useSessionState<ChosenFile[]>('consolidate.members', []);

/** Only workbooks: a dropped folder or a note among the files is skipped, not read as a report. */
function workbooks(files: FileList | File[]): Promise<ChosenFile[]> {
  return Promise.all([...files].filter((f) => /\.xlsx$/i.test(f.name)).map(toChosenFile));
}

export function membersSummary(members: readonly ChosenFile[], excel: boolean, t: ReturnType<typeof useStrings>): string {
  return members.length ? t.consolidateChosen(members.length) : excel ? t.consolidateNoneExcel : t.consolidateNoneFile;
}

/** Step 2: the reports units sent back, dropped or chosen; in Excel, the form sheets already in the workbook count too. */
export function MembersStep({ host, onNext, nextTitle, missing }: { host: PlanActions; onNext: () => void; nextTitle: string; missing: boolean }) {
  const t = useStrings();
  const styles = { ...usePanelStyles(), ...useStyles() };
  const input = useRef<HTMLInputElement>(null);
  const [members, setMembers] = useMembers();
  const [dragging, setDragging] = useState(false);
  const excel = host.kind === 'excel';
  const ready = members.length > 0 || excel;

  async function addMembers(files: FileList | File[]) {
    const chosen = await workbooks(files);
    // The same file dropped twice is one report, not two.
    setMembers((old) => [...old.filter((o) => !chosen.some((c) => c.name === o.name)), ...chosen]);
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void addMembers(e.dataTransfer.files);
  };

  return (
    <>
      <Text>{excel ? t.membersIntroExcel : t.membersIntroFile}</Text>
      <div
        className={`${styles.drop} ${dragging ? styles.dropActive : ''}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        aria-label={t.consolidateDrop}
        role="group"
      >
        <Text>{t.consolidateDrop}</Text>
        <div className={styles.row}>
          <Button appearance={members.length ? 'secondary' : excel ? 'secondary' : 'primary'} onClick={() => input.current?.click()}>{t.consolidateChooseMembers}</Button>
          <input ref={input} type="file" accept=".xlsx" multiple hidden aria-label={t.consolidateChooseMembers}
            onChange={async (e) => { const files = e.target.files ? [...e.target.files] : []; e.target.value = ''; await addMembers(files); }} />
          {members.length > 0 && <Button appearance="subtle" onClick={() => setMembers([])}>{t.consolidateClear}</Button>}
        </div>
        <Text>{membersSummary(members, excel, t)}</Text>
        {members.length > 0 && <ul className={styles.names}>{members.map((m) => <li key={m.name}><Text size={200}>{m.name}</Text></li>)}</ul>}
        {missing && !members.length && <Text role="alert">{t.consolidateMembersMissing}</Text>}
      </div>
      {ready && (
        <div className={styles.row}>
          <Button appearance="primary" onClick={onNext}>{t.nextStep(nextTitle)}</Button>
        </div>
      )}
    </>
  );
}
