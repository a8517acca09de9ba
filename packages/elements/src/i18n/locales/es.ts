// Spanish strings of the elements, keyed by the ids given to msg(); one file per element.
import type { TemplateMap } from '@lit/localize';
import { templates as callbackRequest } from './es/callback-request.ts';
import { templates as complaintForm } from './es/complaint-form.ts';
import { templates as faqSearch } from './es/faq-search.ts';
import { templates as serviceDashboard } from './es/service-dashboard.ts';
import { templates as ticketStatus } from './es/ticket-status.ts';
import { templates as shared } from './es/shared.ts';

export const templates: TemplateMap = { ...shared, ...complaintForm, ...ticketStatus, ...callbackRequest, ...faqSearch, ...serviceDashboard };
