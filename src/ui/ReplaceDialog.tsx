import type { ReactNode } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useStrings } from './i18n';

/**
 * The question before anything is replaced. Replacing loses what is there, so it is asked in a
 * dialog (Fluent's pattern for destructive confirmation) and the safe answer, Hủy, is the primary
 * button and comes first, where the focus lands; Esc also cancels.
 */
export function ReplaceDialog({ title, children, onReplace, onCancel, extra }: {
  title: string;
  children: ReactNode;
  onReplace?: () => void;
  onCancel: () => void;
  /** Other answers, before Thay thế (the report's "keep my edits"). */
  extra?: ReactNode;
}) {
  const t = useStrings();
  return (
    <Dialog open modalType="alert" onOpenChange={(_e, d) => { if (!d.open) onCancel(); }}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions fluid style={{ flexWrap: 'wrap' }}>
            {extra ?? <Button appearance="primary" onClick={onCancel}>{t.cancel}</Button>}
            {onReplace && <Button onClick={onReplace}>{t.replace}</Button>}
            {extra && <Button onClick={onCancel}>{t.cancel}</Button>}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
