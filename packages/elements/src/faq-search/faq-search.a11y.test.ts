/**
 * What a screen reader hears of <civic-faq-search> in each of its main states, in each shipped
 * locale and in a ministry's own Kwéyòl, compared with the reviewed snapshots in
 * __snapshots__/; and axe in each, light and dark. The states: test-support/states.ts.
 * Update and review the snapshots as CONTRIBUTING.md says ("Accessibility-tree snapshots").
 */
import { describeWhatIsHeard } from '../test-support/a11y-snapshot.ts';
import { FAQ_SEARCH_STATES } from '../test-support/states.ts';

describeWhatIsHeard('faq-search', FAQ_SEARCH_STATES);
