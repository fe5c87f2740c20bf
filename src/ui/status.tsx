import { Badge, makeStyles, type BadgeProps } from '@fluentui/react-components';
import { severityWord, statusText, type Lang, type Severity, type UnitStatus } from '../app/outcomeText';
import { Icon, type IconName } from './icons';

/** Each target status with a colour and an icon, so it reads without colour too (and the word is always there). */
export const STATUS_LOOK: Record<UnitStatus, { color: NonNullable<BadgeProps['color']>; icon: IconName }> = {
  exceeded: { color: 'success', icon: 'up' },
  met: { color: 'success', icon: 'check' },
  'not-met': { color: 'danger', icon: 'cross' },
  na: { color: 'subtle', icon: 'dash' },
  'not-reported': { color: 'warning', icon: 'clock' },
  reported: { color: 'informative', icon: 'dot' },
};

export const SEVERITY_LOOK: Record<Severity, { color: NonNullable<BadgeProps['color']>; icon: IconName }> = {
  error: { color: 'danger', icon: 'cross' },
  warning: { color: 'warning', icon: 'warning' },
  info: { color: 'informative', icon: 'info' },
};

const useStyles = makeStyles({
  // A badge is one line: it never wraps inside its pill, and the row gives way around it instead.
  badge: { whiteSpace: 'nowrap', flexShrink: 0, maxWidth: 'none' },
});

export function StatusBadge({ status, lang }: { status: UnitStatus; lang: Lang }) {
  const styles = useStyles();
  const look = STATUS_LOOK[status];
  return <Badge className={styles.badge} appearance="tint" color={look.color} icon={<Icon name={look.icon} />} data-status={status}>{statusText(status, lang)}</Badge>;
}

export function SeverityBadge({ severity, lang }: { severity: Severity; lang: Lang }) {
  const styles = useStyles();
  const look = SEVERITY_LOOK[severity];
  return <Badge className={styles.badge} appearance="tint" color={look.color} icon={<Icon name={look.icon} />} data-severity={severity}>{severityWord(severity, lang)}</Badge>;
}
