import { useState } from 'react';
import { FluentProvider, Select, Text, makeStyles, tokens, webLightTheme, type Theme } from '@fluentui/react-components';
import type { PlanHost } from '../hosts/planHost';
import { LangContext, STRINGS, type Lang } from './i18n';
import { ScaffoldPanel } from './ScaffoldPanel';

/** The task pane shell: language switch and the panels. Host-agnostic. */
const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, maxWidth: '800px', minWidth: '280px', boxSizing: 'border-box' },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function App({ host, theme = webLightTheme, initialLang = 'vi' }: { host: PlanHost; theme?: Theme; initialLang?: Lang }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = STRINGS[lang];
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} lang={lang === 'vi' ? 'vi-VN' : 'en-US'}>
      <LangContext.Provider value={lang}>
        <main className={styles.root}>
          <div className={styles.header}>
            <Text as="h1" size={500} weight="semibold">{t.scaffoldTitle}</Text>
            <Select aria-label={t.language} value={lang} onChange={(_e, d) => setLang(d.value as Lang)} size="small">
              <option value="vi">Tiếng Việt</option>
              <option value="en">English</option>
            </Select>
          </div>
          {host.kind === 'file' && <Text as="p" size={200}>{t.standaloneNote}</Text>}
          <ScaffoldPanel host={host} />
        </main>
      </LangContext.Provider>
    </FluentProvider>
  );
}
