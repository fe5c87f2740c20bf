import { createRoot } from 'react-dom/client';
import { lazyActions } from '../app/lazyActions';
import { App } from '../ui/App';
import { downloadFiles } from './download';

/**
 * The standalone page for computers without a modern Excel: the same pane, reading the files the
 * user chooses and downloading the .xlsx files it makes. The actions load on the first click.
 */
const actions = lazyActions('file', async () => {
  const [{ planActions }, { fileHost }] = await Promise.all([
    import(/* webpackChunkName: "actions" */ '../app/planActions'),
    import(/* webpackChunkName: "files" */ '../hosts/xlsx/fileWorkbook'),
  ]);
  return planActions({
    ...fileHost(downloadFiles),
    // The Word writer (docx) loads only when a Word document is asked for.
    saveWord: async (content, name) => {
      const { reportDocxBytes } = await import(/* webpackChunkName: "docx" */ '../hosts/docx/reportDocx');
      return downloadFiles([{ name, data: await reportDocxBytes(content) }]);
    },
  });
});

createRoot(document.getElementById('root')!).render(<App host={actions} />);
