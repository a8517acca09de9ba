/**
 * What `<civic-ticket-status>` says about a field it cannot use or a lookup that failed, in the
 * citizen's language. Said only once the citizen has pressed "Check status", so it comes with
 * the result's code (later.ts); that the contact centre cannot be reached is in form-view.ts.
 */
import { str } from '@lit/localize';
import type { Failure } from '../shared/failure.ts';
import { waitText } from '../shared/failure.ts';
import { referenceProblemText } from '../shared/reference-problem.ts';
import type { View } from '../shared/view.ts';
import { unreachableText } from './form-view.ts';
import type { FieldProblem } from './model.ts';

export function problemText(view: View, problem: FieldProblem, code: string | undefined): string {
  const { m } = view;
  if (problem.kind === 'problem') return referenceProblemText(view, problem.problem, code, problem.prefix);
  if (problem.field === 'reference') {
    return problem.kind === 'missing'
      ? m('ticket-status.reference-missing', 'Enter your complaint reference')
      : m('ticket-status.reference-invalid', 'Enter the reference exactly as it appears in your confirmation message');
  }
  return problem.kind === 'missing'
    ? m('ticket-status.verifier-missing', 'Enter the email address or phone number you gave when you made the complaint')
    : m('ticket-status.verifier-invalid', 'Enter the email address or phone number exactly as you gave it when you made the complaint');
}

export function failureText(view: View, failure: Failure): string {
  const { m } = view;
  switch (failure.kind) {
    case 'not-found':
      return m(
        'ticket-status.not-found',
        'We could not find a complaint with that reference and email or phone. Check both against your confirmation message and try again',
      );
    case 'rate-limited': {
      if (failure.retryAfter === undefined) {
        return m('ticket-status.rate-limited-unknown', 'You have tried too many times. Wait a few minutes, then try again');
      }
      const when = waitText(failure.retryAfter, view.lang);
      return m('ticket-status.rate-limited', str`You have tried too many times. Try again ${when}`);
    }
    case 'unreachable':
      return unreachableText(view);
    case 'server':
      return m(
        'ticket-status.server',
        'The contact centre is not working properly at the moment. Try again in a few minutes. What you entered has been kept',
      );
  }
}
