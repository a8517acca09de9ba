// Spanish strings shared by several elements, keyed by msg() id. Neutral Latin American/US
// Spanish that addresses the reader as « usted ».
import { str, type TemplateMap } from '@lit/localize';

export const templates: TemplateMap = {
  'shared.error-prefix': 'Error:', // same in es
  'shared.error-summary-title': 'Hay un problema',
  'shared.reference-wrong-prefix': str`Aquí, las referencias empiezan con ${0}. Revise las letras al inicio de su referencia`,
  'shared.reference-no-prefix': str`Ingrese la referencia con las letras del inicio, por ejemplo, ${0}`,
  'shared.reference-length': str`Una referencia tiene 8 letras y números después de las letras del inicio, en dos grupos de 4, por ejemplo, ${0}`,
  'shared.reference-bad-character': str`El carácter número ${0} después de ${1} es “${2}”, que nunca se usa en las referencias`,
  'shared.reference-check-failed':
    'La referencia no es correcta: puede haber un carácter mal escrito o dos caracteres seguidos que están intercambiados. Compárela con su mensaje de confirmación',
  'shared.reference-check-suggestion': str`La referencia no es correcta. Revise el carácter número ${0} después de ${1}: escribió “${2}”, ¿quiso decir “${3}”?`,
  'shared.unavailable-here': 'Este servicio no está disponible en esta página.',
  'shared.unavailable-call': str`Llame al ${0} o envíe un correo electrónico a ${1}.`,
  'shared.unavailable-elsewhere': 'Comuníquese con el ministerio de otra forma, por ejemplo, por teléfono o correo electrónico.',
};
