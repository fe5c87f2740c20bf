import { useContext } from 'react';
import { Link, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ConsolidateOutcome } from '../../app/consolidate';
import { findingKind } from '../../app/findingKind';
import { consolidationHeadline, missingLine, targetPlanned, targetResult, type Finding } from '../../app/outcomeText';
import type { PlanActions } from '../../app/planActions';
import { LangContext, useStrings } from '../i18n';
import { SheetLinks } from '../SheetLinks';
import { SeverityBadge, StatusBadge } from '../status';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '4px', textAlign: 'left', verticalAlign: 'top', overflowWrap: 'anywhere' },
  figure: { whiteSpace: 'nowrap' },
  text: { display: 'block', color: tokens.colorNeutralForeground2 },
  groups: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline', overflowWrap: 'anywhere' },
});

/** Findings listed in the pane; the `Kiểm tra` sheet or file has them all. */
const SHOWN = 20;

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Findings by kind of problem, errors first: each kind has one fix, however many places it is in. */
function byKind(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings.slice(0, SHOWN)) groups.set(f.code, [...(groups.get(f.code) ?? []), f]);
  return [...groups].sort(([, a], [, b]) => ORDER[a[0].severity] - ORDER[b[0].severity]);
}

/** A member's file is fixed by the unit that sent it; a sheet of the open workbook, here. */
const isFile = (source: string) => /\.xlsx\b/i.test(source);

/**
 * What a consolidation found, in the pane: who reported (and who did not, by name), each target with
 * its text, plan, result and status (word, colour and icon), and what was left out, by kind of
 * problem with its fix.
 */
export function ConsolidationResult({ host, outcome }: { host: PlanActions; outcome: ConsolidateOutcome }) {
  const t = useStrings();
  const lang = useContext(LangContext);
  const styles = useStyles();
  const c = outcome.consolidation;
  const missing = missingLine(c, lang);
  return (
    <>
      <MessageBar intent={c.units.missing.length || outcome.findings.some((f) => f.severity === 'error') ? 'warning' : 'success'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{consolidationHeadline(c, lang)}</MessageBarTitle>
          {missing && <div>{missing}</div>}
          <div>{outcome.fileName ? t.doneFile(outcome.fileName) : t.consolidateWritten(outcome.sheets.join(', '), outcome.reportSheets)}</div>
          <SheetLinks host={host} sheets={outcome.sheets} />
        </MessageBarBody>
      </MessageBar>
      <table className={styles.table} aria-label={t.consolidateTargets}>
        <colgroup><col /><col style={{ width: '5.5em' }} /><col style={{ width: '7.5em' }} /></colgroup>
        <thead>
          <tr>
            <th className={styles.cell} scope="col">{t.consolidateColTarget}</th>
            <th className={styles.cell} scope="col">{t.consolidateColResult}</th>
            <th className={styles.cell} scope="col">{t.consolidateColStatus}</th>
          </tr>
        </thead>
        <tbody>
          {c.targets.map((x) => (
            <tr key={x.code}>
              <th className={styles.cell} scope="row" style={{ fontWeight: 'normal' }}>
                <Text weight="semibold">{x.code}</Text>
                <Text size={200} className={styles.text}>{x.text}</Text>
                <Text size={200} className={styles.text}>{t.consolidatePlanned(targetPlanned(x, lang))} · {t.consolidateUnitsReported(x.unitsReported, c.units.expected)}</Text>
              </th>
              <td className={`${styles.cell} ${styles.figure}`}>{targetResult(x, lang)}</td>
              <td className={styles.cell}><StatusBadge status={x.status} lang={lang} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {outcome.findings.length > 0 && <Findings host={host} findings={outcome.findings} />}
    </>
  );
}

function Findings({ host, findings }: { host: PlanActions; findings: readonly Finding[] }) {
  const t = useStrings();
  const lang = useContext(LangContext);
  const styles = useStyles();
  return (
    <section className={styles.groups} aria-labelledby="findings-title">
      <h3 id="findings-title" className={styles.groupTitle}>{t.consolidateFindings(findings.length)}</h3>
      {findings.length > SHOWN && <Text>{t.consolidateMoreFindings(findings.length - SHOWN)}</Text>}
      {byKind(findings).map(([code, list]) => (
        <div key={code} className={styles.group}>
          <h4 className={styles.groupTitle}>
            <span className={styles.item}><SeverityBadge severity={list[0].severity} lang={lang} />{`${findingKind(code, lang) || list[0][lang]} (${list.length})`}</span>
          </h4>
          <Text size={200}>{code === 'report-empty' ? t.findingFixEmpty : list.some((f) => isFile(f.sheet)) ? t.findingFixFile : t.findingFixSheet}</Text>
          <ul className={styles.list}>
            {list.map((f, i) => (
              <li key={`${f.sheet}-${f.cell}-${i}`} className={styles.item}>
                {f.cell && host.select && !isFile(f.sheet)
                  ? <Link as="button" onClick={() => void host.select!(f.sheet, f.cell).catch(() => undefined)} aria-label={t.checkGoTo(f.sheet, f.cell)}>{`${f.sheet}!${f.cell}`}</Link>
                  : <Text weight="semibold">{f.cell ? `${f.sheet}!${f.cell}` : f.sheet}</Text>}
                <Text>{f[lang]}</Text>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
