import { FluentProvider, Link, MessageBar, MessageBarBody, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { STRINGS, type Lang } from './i18n';

/** Why the pane could not start: Office's script did not load at all, or Office never said it was ready. */
export type OfficeProblem = 'missing' | 'timeout';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '800px' },
  steps: { margin: 0, paddingLeft: '1.2em' },
});

/**
 * What the pane shows instead of a blank page when it cannot reach Excel (offline, a proxy blocking
 * Microsoft's address, the page opened outside Excel): what happened and what to do, in the
 * browser's language first and the other below, since Office's own language is not known yet.
 */
export function OfficeUnavailable({ problem, pageUrl, first = 'vi' }: { problem: OfficeProblem; pageUrl: string; first?: Lang }) {
  const styles = useStyles();
  const langs: Lang[] = first === 'en' ? ['en', 'vi'] : ['vi', 'en'];
  return (
    <FluentProvider theme={webLightTheme} lang={first === 'vi' ? 'vi-VN' : 'en-US'}>
      <main className={styles.root}>
        {langs.map((lang, i) => {
          const t = STRINGS[lang];
          // One page title; the other language's block is its translation.
          const Heading = i === 0 ? 'h1' : 'h2';
          return (
            <MessageBar key={lang} intent={problem === 'missing' ? 'error' : 'warning'} layout="multiline" lang={lang === 'vi' ? 'vi-VN' : 'en-US'}>
              <MessageBarBody>
                <Heading style={{ fontSize: tokens.fontSizeBase400, margin: 0 }}>{problem === 'missing' ? t.officeMissingTitle : t.officeTimeoutTitle}</Heading>
                <p>{problem === 'missing' ? t.officeMissingBody : t.officeTimeoutBody}</p>
                <ol className={styles.steps}>
                  {(problem === 'missing' ? t.officeMissingSteps : t.officeTimeoutSteps).map((s) => <li key={s}>{s}</li>)}
                  <li>{t.officeUsePage} <Link href={pageUrl} target="_blank" rel="noreferrer">{pageUrl}</Link></li>
                </ol>
              </MessageBarBody>
            </MessageBar>
          );
        })}
      </main>
    </FluentProvider>
  );
}
