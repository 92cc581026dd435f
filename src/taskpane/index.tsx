// Entry of the task pane bundle (webpack entry `taskpane`); taskpane.html loads office.js first.
import { startPane } from './start';

void startPane();
