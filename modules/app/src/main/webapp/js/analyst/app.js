// The analysts' dashboard (issue 14): colours by district now, colours over time, scans by hour,
// category and district. Counts the API withholds (below 5) are shown as withheld, never as a
// number, in the charts (no bar, a gap in a line) and the tables; CSV of what is on screen.
import { startConsole } from '../console/shell.js';
import { coloursNow, coloursOverTime } from './colours.js';
import { scans } from './scans.js';

startConsole({
  titleKey: 'analyst.title',
  noRoleKey: 'analyst.noRole',
  sections: [
    { id: 'now', label: 'analyst.tab.now', roles: ['ANALYST'], render: coloursNow },
    { id: 'series', label: 'analyst.tab.series', roles: ['ANALYST'], render: coloursOverTime },
    { id: 'scans', label: 'analyst.tab.scans', roles: ['ANALYST'], render: scans },
  ],
});
