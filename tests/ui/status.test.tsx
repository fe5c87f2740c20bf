import { render } from '@testing-library/react';
import { FluentProvider, webDarkTheme } from '@fluentui/react-components';
import { SEVERITY_LOOK, STATUS_LOOK, SeverityBadge, StatusBadge } from '../../src/ui/status';
import { statusText } from '../../src/app/outcomeText';

const STATUSES = ['exceeded', 'met', 'not-met', 'na', 'not-reported', 'reported'] as const;

describe('status badges: never colour alone', () => {
  it.each(STATUSES)('%s has a colour, an icon and a word in both languages', (status) => {
    expect(STATUS_LOOK[status].color).toBeTruthy();
    expect(STATUS_LOOK[status].icon).toBeTruthy();
    for (const lang of ['vi', 'en'] as const) {
      const { container, unmount } = render(<FluentProvider theme={webDarkTheme}><StatusBadge status={status} lang={lang} /></FluentProvider>);
      const badge = container.querySelector(`[data-status="${status}"]`)!;
      expect(badge.querySelector(`svg[data-icon="${STATUS_LOOK[status].icon}"]`)).not.toBeNull();
      expect(badge.textContent).toBe(statusText(status, lang));
      unmount();
    }
  });

  it('statuses that mean different things look different without colour: one icon each', () => {
    const icons = STATUSES.map((s) => STATUS_LOOK[s].icon);
    expect(new Set(icons).size).toBe(icons.length);
  });

  it.each(['error', 'warning', 'info'] as const)('severity %s has a colour, an icon and a word', (severity) => {
    const { container } = render(<SeverityBadge severity={severity} lang="vi" />);
    expect(container.querySelector(`[data-severity="${severity}"] svg[data-icon="${SEVERITY_LOOK[severity].icon}"]`)).not.toBeNull();
    expect(SEVERITY_LOOK[severity].color).toBeTruthy();
  });
});
