import { configure } from '@testing-library/react';

/*
 * Testing Library waits 1 s for what a test finds asynchronously. On a loaded 2-core machine a lazy
 * tab failing to load was seen to take longer than that (tests/ui/App.test.tsx, in a full run beside
 * the e2e build); 10 s is the wait, still under the 30 s test limit. A test that finds nothing fails
 * after it as before.
 */
configure({ asyncUtilTimeout: 10_000 });
