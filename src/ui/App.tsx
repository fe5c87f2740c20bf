import { lazy, Suspense, useMemo, useState } from 'react';
import { FluentProvider, Link, Select, Spinner, Tab, TabList, Text, makeStyles, mergeClasses, tokens, webLightTheme, type Theme } from '@fluentui/react-components';
import type { PlanActions } from '../app/planActions';
import { LangContext, STRINGS, type Lang } from './i18n';
import { LoadGuard } from './LoadGuard';
import { NavigationContext, type Navigation, type Panel } from './navigation';
import { ScaffoldPanel } from './scaffold/ScaffoldPanel';
import { SessionStore } from './session/sessionStore';
import { SessionContext } from './session/useSessionState';

// The first tab comes with the pane; the others load when opened, keeping the pane's first load small.
// A tab whose code fails to load says so (LoadGuard, reset per tab) instead of going blank.
const ImportPanel = lazy(async () => ({ default: (await import(/* webpackChunkName: "panel-import" */ './import/ImportPanel')).ImportPanel }));
const CalendarPanel = lazy(async () => ({ default: (await import(/* webpackChunkName: "panel-calendar" */ './calendar/CalendarPanel')).CalendarPanel }));
const CheckPanel = lazy(async () => ({ default: (await import(/* webpackChunkName: "panel-check" */ './check/CheckPanel')).CheckPanel }));
// The line saying where the user stands follows the first draw: it waits on a read of the workbook anyway.
const StandingLine = lazy(async () => ({ default: (await import(/* webpackChunkName: "standing" */ './StandingLine')).StandingLine }));
const ConsolidatePanel = lazy(async () => ({ default: (await import(/* webpackChunkName: "panel-consolidate" */ './consolidate/ConsolidatePanel')).ConsolidatePanel }));

const useStyles = makeStyles({
  // The theme's background down to the pane's bottom edge (dark Office themes show otherwise a white band).
  provider: { minHeight: '100vh' },
  root: { padding: tokens.spacingHorizontalM, maxWidth: '800px', minWidth: '280px', boxSizing: 'border-box', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  // The standalone page is a page: centred, a readable width, its own title.
  page: { marginLeft: 'auto', marginRight: 'auto', maxWidth: '760px', paddingTop: tokens.spacingVerticalXL },
  // Five tabs do not fit 320 px in one line: they wrap rather than widen the pane.
  tabs: { flexWrap: 'wrap' },
  // The language switch keeps its place and size whatever the title's length (it sits on a row of its own).
  top: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, flexWrap: 'wrap' },
  // The page's title shrinks on a phone rather than wrapping beside the language switch.
  pageTitle: { margin: 0, '@media (max-width: 480px)': { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 } },
  tools: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM, marginLeft: 'auto' },
  language: { width: '8.5rem', flexShrink: 0 },
  panelTitle: { margin: 0 },
});

const PANELS: readonly Panel[] = ['scaffold', 'import', 'calendar', 'check', 'consolidate'];

/** The task pane shell: language switch, tabs, and the session that keeps each tab's work while the pane is open. Host-agnostic. */
export function App({ host, theme = webLightTheme, initialLang = 'vi' }: { host: PlanActions; theme?: Theme; initialLang?: Lang }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [panel, setPanel] = useState<Panel>('scaffold');
  const [store] = useState(() => new SessionStore());
  const t = STRINGS[lang];
  const styles = useStyles();
  const page = host.kind === 'file';
  const navigation = useMemo<Navigation>(() => ({
    goTo: (p, step) => {
      if (step) store.set('consolidate.step', step);
      setPanel(p);
    },
    ...(host.select && { showSheet: (sheet: string) => host.select!(sheet, 'A1') }),
  }), [store, host]);
  const titles: Record<Panel, string> = { scaffold: t.scaffoldTitle, import: t.importTitle, calendar: t.calendarTitle, check: t.checkTitle, consolidate: t.consolidateTitle };
  const tabs: Record<Panel, string> = { scaffold: t.tabScaffold, import: t.tabImport, calendar: t.tabCalendar, check: t.tabCheck, consolidate: t.tabConsolidate };
  return (
    <FluentProvider className={styles.provider} theme={theme} lang={lang === 'vi' ? 'vi-VN' : 'en-US'}>
      <LangContext.Provider value={lang}>
        <SessionContext.Provider value={store}>
          <NavigationContext.Provider value={navigation}>
            <main className={mergeClasses(styles.root, page && styles.page)}>
              <div className={styles.top}>
                {/* In Excel the pane's own title bar names the add-in: the row keeps its room for the tools. */}
                {page && <Text as="h1" size={600} weight="semibold" className={styles.pageTitle}>{t.pageTitle}</Text>}
                <div className={styles.tools}>
                  <Link href="help.html" target="_blank" rel="noreferrer">{t.help}</Link>
                  <Select className={styles.language} aria-label={t.language} value={lang} onChange={(_e, d) => setLang(d.value as Lang)} size="small">
                    <option value="vi">Tiếng Việt</option>
                    <option value="en">English</option>
                  </Select>
                </div>
              </div>
              {page && <Text as="p">{t.standaloneNote}</Text>}
              <TabList className={styles.tabs} selectedValue={panel} onTabSelect={(_e, d) => setPanel(d.value as Panel)} size="small">
                {PANELS.map((p) => <Tab key={p} value={p}>{tabs[p]}</Tab>)}
              </TabList>
              {page
                ? <Text as="h2" size={500} weight="semibold" className={styles.panelTitle}>{titles[panel]}</Text>
                : <Text as="h1" size={500} weight="semibold" className={styles.panelTitle}>{titles[panel]}</Text>}
              {/* Tổng hợp says where the user stands in its own numbered steps. */}
              {panel !== 'consolidate' && <Suspense key={`standing-${panel}`} fallback={null}><StandingLine host={host} panel={panel} /></Suspense>}
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
          </NavigationContext.Provider>
        </SessionContext.Provider>
      </LangContext.Provider>
    </FluentProvider>
  );
}
