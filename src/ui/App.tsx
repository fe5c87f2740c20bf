import { lazy, Suspense, useState } from 'react';
import { FluentProvider, Select, Spinner, Tab, TabList, Text, makeStyles, tokens, webLightTheme, type Theme } from '@fluentui/react-components';
import type { PlanActions } from '../app/planActions';
import { LangContext, STRINGS, type Lang } from './i18n';
import { LoadGuard } from './LoadGuard';
import { ScaffoldPanel } from './scaffold/ScaffoldPanel';

// The first tab comes with the pane; the others load when opened, keeping the pane's first load small.
// A tab whose code fails to load says so (LoadGuard, reset per tab) instead of going blank.
const ImportPanel = lazy(async () => ({ default: (await import(/* webpackChunkName: "panel-import" */ './import/ImportPanel')).ImportPanel }));
const CalendarPanel = lazy(async () => ({ default: (await import(/* webpackChunkName: "panel-calendar" */ './calendar/CalendarPanel')).CalendarPanel }));
const CheckPanel = lazy(async () => ({ default: (await import(/* webpackChunkName: "panel-check" */ './check/CheckPanel')).CheckPanel }));
const ConsolidatePanel = lazy(async () => ({ default: (await import(/* webpackChunkName: "panel-consolidate" */ './consolidate/ConsolidatePanel')).ConsolidatePanel }));

const useStyles = makeStyles({
  // The theme's background down to the pane's bottom edge (dark Office themes show otherwise a white band).
  provider: { minHeight: '100vh' },
  root: { padding: tokens.spacingHorizontalM, maxWidth: '800px', minWidth: '280px', boxSizing: 'border-box' },
  // Five tabs do not fit 320 px in one line: they wrap rather than widen the pane.
  tabs: { flexWrap: 'wrap' },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

type Panel = 'scaffold' | 'import' | 'calendar' | 'check' | 'consolidate';

/** The task pane shell: language switch and the panels. Host-agnostic. */
export function App({ host, theme = webLightTheme, initialLang = 'vi' }: { host: PlanActions; theme?: Theme; initialLang?: Lang }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [panel, setPanel] = useState<Panel>('scaffold');
  const t = STRINGS[lang];
  const styles = useStyles();
  return (
    <FluentProvider className={styles.provider} theme={theme} lang={lang === 'vi' ? 'vi-VN' : 'en-US'}>
      <LangContext.Provider value={lang}>
        <main className={styles.root}>
          <div className={styles.header}>
            <Text as="h1" size={500} weight="semibold">{{ scaffold: t.scaffoldTitle, import: t.importTitle, calendar: t.calendarTitle, check: t.checkTitle, consolidate: t.consolidateTitle }[panel]}</Text>
            <Select aria-label={t.language} value={lang} onChange={(_e, d) => setLang(d.value as Lang)} size="small">
              <option value="vi">Tiếng Việt</option>
              <option value="en">English</option>
            </Select>
          </div>
          <TabList className={styles.tabs} selectedValue={panel} onTabSelect={(_e, d) => setPanel(d.value as Panel)} size="small">
            <Tab value="scaffold">{t.tabScaffold}</Tab>
            <Tab value="import">{t.tabImport}</Tab>
            <Tab value="calendar">{t.tabCalendar}</Tab>
            <Tab value="check">{t.tabCheck}</Tab>
            <Tab value="consolidate">{t.tabConsolidate}</Tab>
          </TabList>
          {host.kind === 'file' && <Text as="p" size={200}>{t.standaloneNote}</Text>}
          <LoadGuard key={panel} lang={lang}>
          <Suspense fallback={<Spinner size="small" label={t.loading} />}>
            {panel === 'scaffold' && <ScaffoldPanel host={host} />}
            {panel === 'import' && <ImportPanel host={host} />}
            {panel === 'calendar' && <CalendarPanel host={host} />}
            {panel === 'check' && <CheckPanel host={host} />}
            {panel === 'consolidate' && <ConsolidatePanel host={host} />}
          </Suspense>
          </LoadGuard>
        </main>
      </LangContext.Provider>
    </FluentProvider>
  );
}
