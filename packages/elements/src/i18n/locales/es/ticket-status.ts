// Spanish strings of ticket-status, keyed by msg() id. In a str`…` template, ${n} stands for
// the n-th value of the English message, so a translation may put the values in any order.
import { str, type TemplateMap } from '@lit/localize';

export const templates: TemplateMap = {
  'ticket-status.time-in-zone': str`${0} (${1})`, // same in es
  'ticket-status.heading': 'Consulte el estado de su queja',
  'ticket-status.reference-label': 'Referencia de la queja',
  'ticket-status.reference-hint': str`Aparece en el correo electrónico o mensaje de texto de confirmación que recibió, por ejemplo, ${0}`,
  'ticket-status.verifier-label': 'Correo electrónico o número de teléfono',
  'ticket-status.verifier-hint': 'El correo electrónico o número de teléfono que dio al presentar la queja',
  'ticket-status.submit': 'Consultar estado',
  'ticket-status.checking': 'Consultando su queja…',
  'ticket-status.retry': 'Intentar de nuevo',

  'ticket-status.reference-missing': 'Ingrese la referencia de su queja',
  'ticket-status.reference-invalid': 'Ingrese la referencia exactamente como aparece en su mensaje de confirmación',
  'ticket-status.verifier-missing': 'Ingrese el correo electrónico o número de teléfono que dio al presentar la queja',
  'ticket-status.verifier-invalid': 'Ingrese el correo electrónico o número de teléfono exactamente como lo dio al presentar la queja',

  'ticket-status.not-found':
    'No encontramos ninguna queja con esa referencia y ese correo electrónico o teléfono. Compare ambos datos con su mensaje de confirmación y vuelva a intentarlo',
  'ticket-status.rate-limited': str`Lo intentó demasiadas veces. Vuelva a intentarlo ${0}`,
  'ticket-status.rate-limited-unknown': 'Lo intentó demasiadas veces. Espere unos minutos y vuelva a intentarlo',
  'ticket-status.unreachable':
    'No pudimos comunicarnos con el centro de atención. Revise su conexión a internet y vuelva a intentarlo. Lo que ingresó se conserva',
  'ticket-status.server':
    'El centro de atención no está funcionando bien en este momento. Vuelva a intentarlo en unos minutos. Lo que ingresó se conserva',

  'ticket-status.result-heading': str`Queja ${0}`,
  'ticket-status.loaded': str`Se encontró la queja ${0}. Estado: ${1}`,
  'ticket-status.status-label': 'Estado:',
  'ticket-status.expected': 'Fecha prevista de respuesta',
  'ticket-status.service': 'Tema',
  'ticket-status.team': 'A cargo de',
  'ticket-status.submitted': 'Fecha de presentación',
  'ticket-status.timeline-heading': 'Lo que ha pasado hasta ahora',
  'ticket-status.timeline-order': 'Lo más reciente primero',
  'ticket-status.timeline-created': 'Queja recibida',
  'ticket-status.timeline-rerouted': str`Enviada a ${0}`,
  'ticket-status.timeline-status': str`El estado cambió a: ${0}`,
  'ticket-status.timeline-note': 'Mensaje del equipo:',
  'ticket-status.timeline-team': str`Equipo: ${0}`,
  'ticket-status.check-another': 'Consultar otra queja',

  'ticket-status.status.received': 'Recibida',
  'ticket-status.status.assigned': 'Asignada a un equipo',
  'ticket-status.status.in-progress': 'En revisión',
  'ticket-status.status.awaiting-citizen': 'Esperando su respuesta',
  'ticket-status.status.resolved': 'Resuelta',
  'ticket-status.status.closed': 'Cerrada',
  'ticket-status.status.reopened': 'Reabierta',

  'ticket-status.explain.received': 'Recibimos su queja. La enviaremos al equipo que se encarga de ella.',
  'ticket-status.explain.assigned': 'Un equipo tiene su queja y la va a investigar.',
  'ticket-status.explain.in-progress': 'Alguien está trabajando en su queja. Nos comunicaremos con usted si necesitamos más información.',
  'ticket-status.explain.awaiting-citizen':
    'Necesitamos algo de usted antes de poder continuar. Esté atento a un correo electrónico, un mensaje de texto o una llamada de nuestra parte.',
  'ticket-status.explain.resolved':
    'Atendimos su queja y le enviamos nuestra respuesta. Si no está conforme con ella, comuníquese con nosotros y la volveremos a revisar.',
  'ticket-status.explain.closed': 'Su queja está cerrada. Si ocurrió algo nuevo, presente una nueva queja.',
  'ticket-status.explain.reopened': 'Estamos revisando su queja otra vez.',

  'ticket-status.satisfaction-question': '¿Qué tan satisfecho está con la forma en que se atendió su queja?',
  'ticket-status.satisfaction.very-satisfied': 'Muy satisfecho',
  'ticket-status.satisfaction.satisfied': 'Satisfecho',
  'ticket-status.satisfaction.neither': 'Ni satisfecho ni insatisfecho',
  'ticket-status.satisfaction.dissatisfied': 'Insatisfecho',
  'ticket-status.satisfaction.very-dissatisfied': 'Muy insatisfecho',
  'ticket-status.satisfaction-comment-label': 'Cuéntenos más (opcional)',
  'ticket-status.satisfaction-comment-hint': str`No incluya datos personales, como su nombre o número de teléfono. Hasta ${0} caracteres.`,
  'ticket-status.satisfaction-send': 'Enviar',
  'ticket-status.satisfaction-sending-button': 'Enviando…',
  'ticket-status.satisfaction-sending': 'Enviando su respuesta…',
  'ticket-status.satisfaction-sent': 'Su respuesta se ha enviado.',
  'ticket-status.satisfaction-thanks': 'Gracias por su respuesta',
  'ticket-status.satisfaction-given-heading': 'Su respuesta',
  'ticket-status.satisfaction-given': 'Lo satisfecho que dijo estar:',
  'ticket-status.satisfaction-given-comment': 'Su comentario:',
  'ticket-status.satisfaction-missing': 'Indique qué tan satisfecho está con la forma en que se atendió su queja',
  'ticket-status.satisfaction-not-resolved': 'Su queja se está revisando de nuevo, así que no podemos recibir su respuesta ahora. Vuelva a consultar su estado más tarde',
  'ticket-status.satisfaction-refused': 'No pudimos recibir su respuesta. Revise el comentario y vuelva a enviarla',
};
