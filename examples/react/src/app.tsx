import { useState } from 'react';
import { CivicComplaintForm, CivicContactProvider, type CivicSubmittedEvent } from '@civic-contact/react';

/** The ministry's own wording for a few of the elements' strings (docs/strings.md lists them all). */
const WORDING = { en: { 'complaint-form.submit': 'Send my complaint' } };

export interface AppProps {
  /** The contact centre's address, e.g. `https://contact.gov.example`. */
  apiBase: string;
  /** The ministry's publishable key, allowed on this page's origin. */
  siteKey: string;
}

/** A ministry's React page: the complaint form, and the page's own words once it is filed. */
export function App({ apiBase, siteKey }: AppProps) {
  const [filed, setFiled] = useState<CivicSubmittedEvent>();

  return (
    <CivicContactProvider apiBase={apiBase} siteKey={siteKey} strings={WORDING}>
      <CivicComplaintForm service="transport-road-defects" trackUrl="/track.html" onCivicSubmitted={(event) => setFiled(event)} />
      {filed && (
        <p role="status" className="react-filed">
          Thank you. Keep your reference <strong>{filed.reference}</strong>: we will answer by{' '}
          {new Date(filed.expectedResponseBy).toLocaleDateString('en', { dateStyle: 'long' })}.
        </p>
      )}
    </CivicContactProvider>
  );
}
