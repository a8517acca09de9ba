// Arabic strings of the elements, keyed by the ids given to msg(); one file per element.
import type { TemplateMap } from '@lit/localize';
import { templates as callbackRequest } from './ar/callback-request.ts';
import { templates as complaintForm } from './ar/complaint-form.ts';
import { templates as faqSearch } from './ar/faq-search.ts';
import { templates as serviceDashboard } from './ar/service-dashboard.ts';
import { templates as ticketStatus } from './ar/ticket-status.ts';
import { templates as shared } from './ar/shared.ts';

export const templates: TemplateMap = { ...shared, ...complaintForm, ...ticketStatus, ...callbackRequest, ...faqSearch, ...serviceDashboard };
