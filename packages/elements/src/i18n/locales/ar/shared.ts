// Arabic strings shared by several elements, keyed by msg() id.
import type { TemplateMap } from '@lit/localize';

export const templates: TemplateMap = {
  'shared.error-prefix': 'خطأ:',
  'shared.error-summary-title': 'هناك مشكلة',
};
