// The fake first, then the ribbon's function file exactly as Excel loads it.
import './fakeOffice';
import '../../../src/entries/commands';
