// The community service counter's console (docs/adr/0034): staff register a person who has no
// phone, with the consent they signed on paper, declare for them, and print their paper code.
import { startConsole } from '../console/shell.js';
import { counter } from './counter.js';

startConsole({
  titleKey: 'counter.title',
  noRoleKey: 'counter.noRole',
  sections: [{ id: 'counter', label: 'counter.tab', roles: ['COUNTER'], render: counter }],
});
