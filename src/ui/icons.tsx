/*
 * The few glyphs the pane draws, as inline SVG (16 px, currentColor): an icon beside every colour,
 * so a status never rests on colour alone. Drawn here rather than pulled from an icon package.
 */

export type IconName = 'check' | 'cross' | 'up' | 'dash' | 'clock' | 'dot' | 'warning' | 'info';

const PATHS: Record<IconName, string> = {
  check: 'M3 8.5l3 3 7-7',
  cross: 'M4 4l8 8M12 4l-8 8',
  up: 'M8 13V3M4 7l4-4 4 4',
  dash: 'M3 8h10',
  clock: 'M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11M8 5v3.5l2.5 1.5',
  dot: 'M8 6a2 2 0 1 0 0 4a2 2 0 1 0 0-4',
  warning: 'M8 2L1.5 13.5h13zM8 6.5v3.5M8 11.5v.5',
  info: 'M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11M8 7.5v4M8 5v.5',
};

export function Icon({ name, size = 12 }: { name: IconName; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" data-icon={name}>
      <path d={PATHS[name]} />
    </svg>
  );
}
