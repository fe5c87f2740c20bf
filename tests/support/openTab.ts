import { fireEvent, screen, waitFor } from '@testing-library/react';
import { STRINGS } from '../../src/ui/i18n';

/** Clicks a tab of the pane and waits for its panel (each panel but the first loads on demand). */
export async function openTab(name: string): Promise<void> {
  fireEvent.click(screen.getByRole('tab', { name }));
  await waitFor(() => expect(screen.queryByText(STRINGS.vi.loading)).toBeNull());
}
