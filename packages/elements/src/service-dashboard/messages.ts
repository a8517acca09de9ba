/** What `<civic-service-dashboard>` says when the figures could not be loaded, in the reader's language. */
import { str } from '@lit/localize';
import { waitText, type Failure } from '../shared/failure.ts';
import type { View } from '../shared/view.ts';

export function failureText(view: View, failure: Failure): string {
  const { m } = view;
  switch (failure.kind) {
    case 'not-found':
      return m('service-dashboard.not-found', 'There are no published figures for this ministry');
    case 'rate-limited': {
      if (failure.retryAfter === undefined) {
        return m('service-dashboard.rate-limited-unknown', 'The figures have been asked for too many times from here. Wait a few minutes, then try again');
      }
      const when = waitText(failure.retryAfter, view.lang);
      return m('service-dashboard.rate-limited', str`The figures have been asked for too many times from here. Try again ${when}`);
    }
    case 'unreachable':
      return m('service-dashboard.unreachable', 'We could not reach the contact centre to get the figures. Check your internet connection, then try again');
    case 'server':
      return m('service-dashboard.server', 'The contact centre is not working properly at the moment, so the figures cannot be shown. Try again in a few minutes');
  }
}
