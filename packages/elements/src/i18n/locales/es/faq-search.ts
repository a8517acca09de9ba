// Spanish strings of faq-search, keyed by msg() id. In a str`…` template, ${n} stands for
// the n-th value of the English message, so a translation may put the values in any order.
import { str, type TemplateMap } from '@lit/localize';

export const templates: TemplateMap = {
  // Searching
  'faq-search.label': 'Busque una respuesta',
  'faq-search.hint':
    'Escriba algunas palabras. Las preguntas que coinciden aparecen mientras escribe: use las teclas de flecha hacia arriba y hacia abajo para elegir una.',
  'faq-search.submit': 'Buscar',
  'faq-search.listbox-label': 'Preguntas que coinciden',
  'faq-search.searching': 'Buscando…',
  'faq-search.query-missing': 'Ingrese una o dos palabras sobre su pregunta',
  'faq-search.count-none': 'Sin resultados',
  'faq-search.count.one': '1 resultado',
  'faq-search.count.many': str`${0} de resultados`,
  'faq-search.count.other': str`${0} resultados`,
  'faq-search.results-title': str`${0} para “${1}”`,
  'faq-search.no-results-title': str`No hay respuestas que coincidan con “${0}”`,
  'faq-search.no-results': 'Revise la ortografía o pruebe con otras palabras. O comuníquese con nosotros:',

  // Failures
  'faq-search.rate-limited': str`Se hicieron demasiadas solicitudes desde aquí. Vuelva a intentarlo ${0}.`,
  'faq-search.unreachable': 'No pudimos comunicarnos con el centro de atención. Revise su conexión a internet y vuelva a intentarlo.',
  'faq-search.answer-gone': 'Esta respuesta ya no está disponible. Regrese y vuelva a buscar.',
  'faq-search.search-failed': 'La búsqueda no funciona en este momento. Vuelva a intentarlo.',
  'faq-search.answer-failed': 'No se pudo cargar la respuesta. Vuelva a intentarlo.',
  'faq-search.feedback-failed': 'No se pudieron enviar sus comentarios. Vuelva a intentarlo.',
  'faq-search.retry': 'Intentar de nuevo',

  // The answer
  'faq-search.back': 'Volver a los resultados',
  'faq-search.answer-loading': 'Cargando la respuesta…',
  'faq-search.language-note': str`Esta respuesta solo está disponible en ${0}.`,
  'faq-search.category': 'Tema:',

  // Feedback
  'faq-search.feedback-question': '¿Esta respuesta resolvió su pregunta?',
  'faq-search.yes': 'Sí',
  'faq-search.no': 'No', // same in es
  'faq-search.thanks-yes': 'Gracias por sus comentarios.',
  'faq-search.thanks-no': 'Gracias. Sus comentarios nos ayudan a mejorar nuestras respuestas.',
  'faq-search.comment-label': '¿Qué buscaba? (opcional)',
  'faq-search.comment-hint': str`No incluya datos personales, como su nombre o número de teléfono. Hasta ${0} caracteres.`,
  'faq-search.send-feedback': 'Enviar comentarios',
  'faq-search.feedback-sending': 'Enviando sus comentarios…',
  'faq-search.feedback-sending-button': 'Enviando…',

  // Contacting the ministry
  'faq-search.escalation-title': '¿Todavía necesita ayuda?',
  'faq-search.complaint': 'Presentar una queja',
  'faq-search.callback': 'Solicitar una llamada',
  'faq-search.contact-intro': 'O comuníquese directamente con nosotros:',
  'faq-search.phone': 'Teléfono:',
  'faq-search.email': 'Correo electrónico:',
};
