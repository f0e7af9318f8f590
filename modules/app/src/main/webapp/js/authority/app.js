// The health authority's console (issue 14): reviewers clear the review queue, look a person up,
// propose colour changes, answer appeals and record confirmed cases; supervisors approve or reject
// proposals (never their own), keep the risk areas and the review rules; administrators keep the staff accounts. Each tab only for the roles
// the API lets do it; the server refuses the rest anyway.
import { startConsole } from '../console/shell.js';
import { reviewQueue } from './reviews.js';
import { personWork } from './persons.js';
import { proposals } from './proposals.js';
import { appeals } from './appeals.js';
import { staffAccounts } from './staff.js';
import { riskAreas, rules } from './rules.js';

startConsole({
  titleKey: 'authority.title',
  noRoleKey: 'authority.noRole',
  sections: [
    { id: 'queue', label: 'authority.tab.queue', roles: ['REVIEWER'], render: reviewQueue },
    { id: 'persons', label: 'authority.tab.persons', roles: ['REVIEWER'], render: personWork },
    { id: 'proposals', label: 'authority.tab.proposals', roles: ['REVIEWER', 'SUPERVISOR'], render: proposals },
    { id: 'appeals', label: 'authority.tab.appeals', roles: ['REVIEWER'], render: appeals },
    { id: 'areas', label: 'authority.tab.areas', roles: ['SUPERVISOR'], render: riskAreas },
    { id: 'rules', label: 'authority.tab.rules', roles: ['SUPERVISOR'], render: rules },
    { id: 'staff', label: 'authority.tab.staff', roles: ['ADMIN'], render: staffAccounts },
  ],
});
