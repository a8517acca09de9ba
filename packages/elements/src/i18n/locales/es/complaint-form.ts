// Spanish strings of complaint-form, keyed by msg() id. In a str`…` template, ${n} stands for
// the n-th value of the English message, so a translation may put the values in any order.
// Counts that can be 1 are given as "… : N", so the noun need not agree with the number.
import { str, type TemplateMap } from '@lit/localize';

export const templates: TemplateMap = {
  'complaint-form.loading': 'Cargando el formulario de queja…',
  'complaint-form.unavailable-title': 'No se puede mostrar el formulario de queja',
  'complaint-form.unavailable':
    'Revise su conexión a internet y vuelva a cargar la página. Si sigue sin funcionar, comuníquese con el ministerio por teléfono o correo electrónico.',

  // Choosing the service
  'complaint-form.picker-title': '¿Sobre qué es su queja?',
  'complaint-form.picker-search': 'Busque un servicio',
  'complaint-form.picker-count': str`Servicios que coinciden con su búsqueda: ${0}`,
  'complaint-form.picker-none': 'Ningún servicio coincide con su búsqueda',
  'complaint-form.change-service': 'Elegir otro servicio',
  'complaint-form.continue': 'Continuar',
  'complaint-form.continue-offline':
    'No se pudieron revisar sus respuestas: parece que no hay conexión. Revise su conexión y vuelva a presionar Continuar. No se ha perdido nada de lo que escribió.',

  // The form
  'complaint-form.optional': '(opcional)',
  'complaint-form.select-placeholder': 'Elija una opción',
  'complaint-form.subject': 'Asunto',
  'complaint-form.subject-hint': 'Un resumen breve, en pocas palabras.',
  'complaint-form.description': 'Describa su queja',
  'complaint-form.description-hint': 'Cuéntenos qué pasó, cuándo y dónde, y qué le gustaría que hiciéramos.',
  'complaint-form.address': 'Dirección o ubicación del problema',
  'complaint-form.address-hint': 'Por ejemplo, la calle y el número de edificio o el cruce de calles más cercano.',
  'complaint-form.your-details': 'Sus datos',
  'complaint-form.name': 'Nombre completo',
  'complaint-form.name-hint-anonymous': 'Puede dejar este campo en blanco para presentar la queja de forma anónima.',
  'complaint-form.email': 'Correo electrónico',
  'complaint-form.phone': 'Número de teléfono',
  'complaint-form.phone-hint': 'Incluya el código de país, por ejemplo, +1\u00a0212\u00a0555\u00a00100.',
  'complaint-form.contact-legend': '¿Cómo podemos responderle?',
  'complaint-form.contact-either-hint':
    'Indique un correo electrónico, un número de teléfono o ambos. Necesitará uno de ellos para hacer el seguimiento de su queja.',
  'complaint-form.contact-hint': 'Necesitará este dato para hacer el seguimiento de su queja.',

  // Suggested FAQs
  'complaint-form.faq-title': 'Esto podría responder su pregunta',
  'complaint-form.faq-hint': 'Abra una pregunta para leer la respuesta. Aún puede enviar su queja.',
  'complaint-form.faq-loading': 'Cargando la respuesta…',
  'complaint-form.faq-failed': 'No se pudo cargar la respuesta. Puede continuar con su queja.',
  'complaint-form.faq-dismiss': 'Ocultar estas sugerencias',
  'complaint-form.faq-found': str`Preguntas y respuestas que pueden ayudarle: ${0}. Están debajo de la descripción`,

  // Attachments
  'complaint-form.attachments': 'Fotos o documentos',
  'complaint-form.attachments-hint': str`Hasta ${0} archivos, cada uno en formato ${1} y de menos de ${2}.`,
  'complaint-form.attachments-list': 'Sus archivos',
  'complaint-form.drop-here': 'o suelte los archivos aquí',
  'complaint-form.file-uploading': 'Subiendo…',
  'complaint-form.file-uploaded': 'Subido',
  'complaint-form.file-failed': 'No se pudo subir este archivo. Revise su conexión y vuelva a intentarlo.',
  'complaint-form.file-refused': 'El centro de atención no aceptó este archivo. Quítelo y elija otro.',
  'complaint-form.file-retry': 'Reintentar',
  'complaint-form.file-remove': 'Quitar',
  'complaint-form.file-removed': str`Se quitó ${0}`,
  'complaint-form.file-uploaded-announcement': str`Se subió ${0}`,
  'complaint-form.file-failed-announcement': str`No se pudo subir ${0}`,
  'complaint-form.file-wrong-type': str`No se agregó ${0}: elija un archivo en formato ${1}`,
  'complaint-form.file-empty': str`No se agregó ${0}: el archivo está vacío`,
  'complaint-form.file-too-big': str`No se agregó ${0}: debe pesar menos de ${1}`,
  'complaint-form.file-too-many': str`No se agregó ${0}: puede adjuntar hasta ${1} archivos`,

  // Errors
  'complaint-form.error.service-required': 'Seleccione el tema de su queja',
  'complaint-form.error.subject-required': 'Ingrese un asunto',
  'complaint-form.error.subject-too-long': str`El asunto debe tener ${0} caracteres o menos`,
  'complaint-form.error.description-required': 'Describa su queja',
  'complaint-form.error.description-too-long': str`La descripción debe tener ${0} caracteres o menos`,
  'complaint-form.error.name-required': 'Ingrese su nombre completo',
  'complaint-form.error.name-too-long': str`Su nombre debe tener ${0} caracteres o menos`,
  'complaint-form.error.contact-required': 'Ingrese un correo electrónico o un número de teléfono para que podamos responderle',
  'complaint-form.error.email-required': 'Ingrese su correo electrónico',
  'complaint-form.error.email-format': 'Ingrese un correo electrónico con el formato correcto, por ejemplo, name@example.com',
  'complaint-form.error.phone-required': 'Ingrese su número de teléfono',
  'complaint-form.error.phone-format': 'Ingrese un número de teléfono con el código de país, por ejemplo, +1\u00a0212\u00a0555\u00a00100',
  'complaint-form.error.address-required': 'Ingrese la dirección o ubicación del problema',
  'complaint-form.error.address-too-long': str`La dirección debe tener ${0} caracteres o menos`,
  'complaint-form.error.attachments-uploading': 'Espere a que sus archivos terminen de subirse',
  'complaint-form.error.attachments-failed': 'No se pudo subir un archivo: vuelva a intentarlo o quítelo',
  'complaint-form.error.attachments-too-many': str`No adjunte más de ${0} archivos`,
  'complaint-form.error.attachments-invalid': 'No se pudo adjuntar uno de sus archivos: quítelo y vuelva a subirlo',
  'complaint-form.error.answer-required': str`Ingrese una respuesta para “${0}”`,
  'complaint-form.error.answer-select': str`Seleccione una respuesta para “${0}”`,
  'complaint-form.error.answer-too-long': str`“${0}” debe tener ${1} caracteres o menos`,
  'complaint-form.error.answer-too-short': str`“${0}” debe tener ${1} caracteres o más`,
  'complaint-form.error.answer-format': str`Ingrese “${0}” con el formato correcto`,
  'complaint-form.error.answer-whole-number': str`“${0}” debe ser un número entero`,
  'complaint-form.error.answer-number': str`“${0}” debe ser un número`,
  'complaint-form.error.answer-between': str`“${0}” debe estar entre ${1} y ${2}`,
  'complaint-form.error.answer-at-least': str`“${0}” debe ser ${1} o más`,
  'complaint-form.error.answer-at-most': str`“${0}” debe ser ${1} o menos`,
  'complaint-form.error.answer-date': str`“${0}” debe ser una fecha válida`,
  'complaint-form.error.answer-past': str`“${0}” debe ser hoy o una fecha pasada`,
  'complaint-form.error.answer-future': str`“${0}” debe ser hoy o una fecha futura`,
  'complaint-form.error.answer-choice': str`Seleccione una opción de la lista para “${0}”`,
  'complaint-form.error.answer-check': str`Revise su respuesta a “${0}”`,
  'complaint-form.error.general': 'No se pudo aceptar una parte de su queja. Revise sus respuestas y vuelva a intentarlo.',

  // Check your answers
  'complaint-form.check-title': 'Revise sus respuestas antes de enviar su queja',
  'complaint-form.not-given': 'No se indicó',
  'complaint-form.change': 'Cambiar',
  'complaint-form.send-title': 'Ahora envíe su queja',
  'complaint-form.declaration': 'Al enviar esta queja, usted confirma que, hasta donde sabe, los datos que dio son correctos.',
  'complaint-form.submit': 'Enviar queja',
  'complaint-form.submitting': 'Enviando…',
  'complaint-form.sending': 'Enviando su queja…',
  'complaint-form.try-again': 'Intentar de nuevo',

  // Submission failures
  'complaint-form.not-sent': 'Su queja no se ha enviado',
  'complaint-form.send-failed': 'No pudimos enviar su queja. Sus respuestas se conservan. Vuelva a intentarlo.',
  'complaint-form.send-unexpected': 'Lo sentimos, no se pudo enviar su queja. Sus respuestas se conservan. Vuelva a intentarlo más tarde.',
  'complaint-form.rate-limited': str`Se enviaron demasiadas quejas desde aquí en poco tiempo. Sus respuestas se conservan. Espere ${0} y vuelva a intentarlo.`,
  'complaint-form.wait-a-while': 'unos minutos',
  'complaint-form.offline': 'Parece que no tiene conexión. Enviaremos su queja en cuanto vuelva la conexión.',
  'complaint-form.contact-ministry': 'También puede comunicarse con nosotros por teléfono o correo electrónico:',

  // Confirmation
  'complaint-form.done-title': 'Queja enviada',
  'complaint-form.reference-label': 'Su número de referencia',
  'complaint-form.copy': 'Copiar número de referencia',
  'complaint-form.copied': 'Referencia copiada',
  'complaint-form.copy-selected': 'Referencia seleccionada: cópiela con el comando de copiar de su dispositivo',
  'complaint-form.earlier-version':
    'Su queja ya nos había llegado antes de sus últimos cambios, así que se registró la versión anterior. Para agregar los cambios, comuníquese con nosotros e indique su número de referencia.',
  'complaint-form.next-title': 'Qué pasa ahora',
  'complaint-form.next-team': str`Enviamos su queja al equipo responsable de ${0}. Esperamos responderle a más tardar el ${1}.`,
  'complaint-form.next-keep':
    'Guarde su número de referencia. Lo necesitará, junto con el correo electrónico o número de teléfono que dio, para hacer el seguimiento de su queja o si nos llama.',
  'complaint-form.track': 'Hacer el seguimiento de su queja',
};
