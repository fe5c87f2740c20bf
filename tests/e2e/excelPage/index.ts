// The fake first, then the pane exactly as Excel loads it.
import './fakeOffice';
import '../../../src/entries/taskpane';
