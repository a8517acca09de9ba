// French strings shared by several elements, keyed by msg() id. French typography: a
// non-breaking space (\u00a0) before ":" and inside « », a narrow one (\u202f) before ; ? !
import { str, type TemplateMap } from '@lit/localize';

export const templates: TemplateMap = {
  'shared.error-prefix': 'Erreur\u00a0:',
  'shared.error-summary-title': 'Il y a un problème',
  'shared.reference-wrong-prefix': str`Ici, les références commencent par ${0}. Vérifiez les lettres au début de votre référence`,
  'shared.reference-no-prefix': str`Saisissez la référence avec les lettres du début, par exemple ${0}`,
  'shared.reference-length': str`Une référence comporte 8 lettres et chiffres après les lettres du début, en deux groupes de 4, par exemple ${0}`,
  'shared.reference-bad-character': str`Le caractère en position ${0} après ${1} est «\u00a0${2}\u00a0», qui n’est jamais utilisé dans les références`,
  'shared.reference-check-failed':
    'La référence n’est pas correcte\u00a0: un caractère est peut-être mal saisi, ou deux caractères voisins sont inversés. Comparez-la avec votre message de confirmation',
  'shared.reference-check-suggestion': str`La référence n’est pas correcte. Vérifiez le caractère en position ${0} après ${1}\u00a0: vous avez saisi «\u00a0${2}\u00a0», vouliez-vous dire «\u00a0${3}\u00a0»\u202f?`,
  'shared.unavailable-here': 'Ce service n’est pas disponible sur cette page.',
  'shared.unavailable-call': str`Appelez le ${0} ou écrivez à ${1}.`,
  'shared.unavailable-elsewhere': 'Contactez le ministère d’une autre façon, par exemple par téléphone ou par courriel.',
};
