import type { ReactNode } from 'react';
import { Text, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import { Icon } from '../icons';

const useStyles = makeStyles({
  step: { ...shorthands.border('1px', 'solid', tokens.colorNeutralStroke2), borderRadius: tokens.borderRadiusMedium, minWidth: 0 },
  open: { ...shorthands.borderColor(tokens.colorBrandStroke1) },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  toggle: {
    display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalS, width: '100%', boxSizing: 'border-box', textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, background: 'none', border: 'none', color: 'inherit', font: 'inherit', cursor: 'pointer',
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  number: {
    flexShrink: 0, width: '22px', height: '22px', borderRadius: '50%', display: 'inline-flex', alignItems: 'center', justifyContent: 'center',
    backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200,
  },
  current: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  done: { backgroundColor: tokens.colorPaletteGreenBackground3, color: tokens.colorNeutralForegroundOnBrand },
  titles: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  summary: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  body: { padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalM}`, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
});

/** Read by screen readers, not shown: the number is drawn in its circle. */
const HIDDEN = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/**
 * One numbered step of Tổng hợp: its heading opens it; closed and done, it shows its result in one
 * line. One step is open at a time, so one primary button shows: the next thing to do.
 */
export function Step({ n, id, title, done, summary, open, onOpen, children }: {
  n: number; id: string; title: string; done: boolean; summary?: string; open: boolean; onOpen: () => void; children: ReactNode;
}) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <section className={mergeClasses(styles.step, open && styles.open)} aria-labelledby={`${id}-title`} data-step={id}>
      <h2 className={styles.heading}>
        <button type="button" className={styles.toggle} aria-expanded={open} aria-controls={`${id}-body`} onClick={onOpen} id={`${id}-title`}>
          <span className={mergeClasses(styles.number, open && styles.current, done && styles.done)} aria-hidden="true">{done ? <Icon name="check" /> : n}</span>
          <span className={styles.titles}>
            <span><span style={HIDDEN}>{t.stepNumber(n)}</span>{title}{done && <span style={HIDDEN}>{` — ${t.stepDone}`}</span>}</span>
            {!open && summary && <Text size={200} className={styles.summary}>{summary}</Text>}
          </span>
        </button>
      </h2>
      {open && <div className={styles.body} id={`${id}-body`}>{children}</div>}
    </section>
  );
}
