/**
 * What a screen reader hears of <civic-service-dashboard> in each of its main states, in each
 * shipped locale and in a ministry's own Kwéyòl, compared with the reviewed snapshots in
 * __snapshots__/; and axe in each, light and dark. The states: test-support/states.ts.
 * Update and review the snapshots as CONTRIBUTING.md says ("Accessibility-tree snapshots").
 */
import { describeWhatIsHeard } from '../test-support/a11y-snapshot.ts';
import { SERVICE_DASHBOARD_STATES } from '../test-support/states.ts';

describeWhatIsHeard('service-dashboard', SERVICE_DASHBOARD_STATES);
