// French strings of the elements, keyed by the ids given to msg(); one file per element.
import type { TemplateMap } from '@lit/localize';
import { templates as callbackRequest } from './fr/callback-request.ts';
import { templates as complaintForm } from './fr/complaint-form.ts';
import { templates as faqSearch } from './fr/faq-search.ts';
import { templates as serviceDashboard } from './fr/service-dashboard.ts';
import { templates as ticketStatus } from './fr/ticket-status.ts';
import { templates as shared } from './fr/shared.ts';

export const templates: TemplateMap = { ...shared, ...complaintForm, ...ticketStatus, ...callbackRequest, ...faqSearch, ...serviceDashboard };
