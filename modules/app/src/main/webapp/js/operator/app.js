// The venue operator's console (issue 14): register venues and their entry points, issue, list
// and revoke the gate devices' credentials (the secret shown once, with a QR the scanner page reads
// to sign in), the posters, and each venue's scans by hour as a chart.
import { startConsole } from '../console/shell.js';
import { venues } from './venues.js';
import { statistics } from './statistics.js';

startConsole({
  titleKey: 'operator.title',
  noRoleKey: 'operator.noRole',
  sections: [
    { id: 'venues', label: 'operator.tab.venues', roles: ['VENUE_OPERATOR'], render: venues },
    { id: 'statistics', label: 'operator.tab.statistics', roles: ['VENUE_OPERATOR'], render: statistics },
  ],
});
