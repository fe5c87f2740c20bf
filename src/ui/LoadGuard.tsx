import { Component, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { STRINGS, type Lang } from './i18n';

/**
 * Catches a panel whose code failed to load (a dropped connection while opening a tab): the pane
 * says so and offers a reload, instead of going blank. React only lets a class catch render errors.
 */
export class LoadGuard extends Component<{ lang: Lang; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const t = STRINGS[this.props.lang];
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.loadFailedTitle}</MessageBarTitle>
          <div>{t.loadFailedBody}</div>
          <Button onClick={() => window.location.reload()}>{t.reload}</Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
}
