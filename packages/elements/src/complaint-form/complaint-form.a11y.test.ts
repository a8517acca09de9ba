/**
 * What a screen reader hears of <civic-complaint-form> in each of its main states, in each shipped
 * locale and in a ministry's own Kwéyòl, compared with the reviewed snapshots in
 * __snapshots__/; and axe in each, light and dark. The states: test-support/states.ts.
 * Update and review the snapshots as CONTRIBUTING.md says ("Accessibility-tree snapshots").
 */
import { describeWhatIsHeard } from '../test-support/a11y-snapshot.ts';
import { COMPLAINT_FORM_STATES } from '../test-support/states.ts';

describeWhatIsHeard('complaint-form', COMPLAINT_FORM_STATES);
