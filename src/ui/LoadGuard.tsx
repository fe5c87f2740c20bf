import { Component, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { STRINGS, type Lang } from './i18n';

type Failure = { failed: false } | { failed: true; network: boolean; detail: string };

/**
 * Catches a panel that failed to load (a dropped connection while opening a tab) or to draw (a
 * browser lacking something the panel needs): the pane says which and offers a reload, instead of
 * going blank. React only lets a class catch render errors.
 */
export class LoadGuard extends Component<{ lang: Lang; children: ReactNode }, Failure> {
  override state: Failure = { failed: false };

  static getDerivedStateFromError(e: unknown): Failure {
    const detail = e instanceof Error ? e.message : String(e);
    return { failed: true, network: /ChunkLoadError|Loading (CSS )?chunk/i.test(`${e instanceof Error ? e.name : ''} ${detail}`), detail };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const t = STRINGS[this.props.lang];
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{this.state.network ? t.loadFailedTitle : t.drawFailedTitle}</MessageBarTitle>
          <div>{this.state.network ? t.loadFailedBody : t.drawFailedBody(this.state.detail)}</div>
        </MessageBarBody>
        <MessageBarActions><Button onClick={() => window.location.reload()}>{t.reload}</Button></MessageBarActions>
      </MessageBar>
    );
  }
}
