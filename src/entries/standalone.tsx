import { createRoot } from 'react-dom/client';
import { filePlanHost } from '../hosts/xlsx/filePlanHost';
import { App } from '../ui/App';
import { downloadFile } from './download';

/** The standalone page for computers without a modern Excel: the same pane, making .xlsx files. */
createRoot(document.getElementById('root')!).render(<App host={filePlanHost(downloadFile)} />);
