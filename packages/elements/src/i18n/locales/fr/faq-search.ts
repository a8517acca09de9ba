// French strings of faq-search, keyed by msg() id. In a str`…` template, ${n} stands for
// the n-th value of the English message, so a translation may put the values in any order.
// French typography: a non-breaking space (\u00a0) before ":" and inside « », a narrow one
// (\u202f) before ; ? !
import { str, type TemplateMap } from '@lit/localize';

export const templates: TemplateMap = {
  // Searching
  'faq-search.label': 'Rechercher une réponse',
  'faq-search.hint':
    'Saisissez quelques mots. Les questions correspondantes s’affichent pendant que vous tapez\u00a0: utilisez les flèches haut et bas du clavier pour en choisir une.',
  'faq-search.submit': 'Rechercher',
  'faq-search.listbox-label': 'Questions correspondantes',
  'faq-search.searching': 'Recherche en cours…',
  'faq-search.query-missing': 'Saisissez un ou deux mots sur votre question',
  'faq-search.count-none': 'Aucun résultat',
  'faq-search.count.one': '1 résultat',
  'faq-search.count.many': str`${0} de résultats`,
  'faq-search.count.other': str`${0} résultats`,
  'faq-search.results-title': str`${0} pour «\u00a0${1}\u00a0»`,
  'faq-search.no-results-title': str`Aucune réponse ne correspond à «\u00a0${0}\u00a0»`,
  'faq-search.no-results': 'Vérifiez l’orthographe ou essayez d’autres mots. Vous pouvez aussi nous contacter\u00a0:',

  // Failures
  'faq-search.rate-limited': str`Trop de demandes ont été faites d’ici. Réessayez ${0}.`,
  'faq-search.unreachable': 'Nous n’avons pas pu joindre le centre de contact. Vérifiez votre connexion Internet et réessayez.',
  'faq-search.answer-gone': 'Cette réponse n’est plus disponible. Revenez en arrière et faites une nouvelle recherche.',
  'faq-search.search-failed': 'La recherche ne fonctionne pas en ce moment. Réessayez.',
  'faq-search.answer-failed': 'La réponse n’a pas pu être chargée. Réessayez.',
  'faq-search.feedback-failed': 'Votre avis n’a pas pu être envoyé. Réessayez.',
  'faq-search.retry': 'Réessayer',

  // The answer
  'faq-search.back': 'Retour aux résultats',
  'faq-search.answer-loading': 'Chargement de la réponse…',
  'faq-search.language-note': str`Cette réponse n’est disponible qu’en ${0}.`,
  'faq-search.category': 'Thème\u00a0:',

  // Feedback
  'faq-search.feedback-question': 'Cette réponse répond-elle à votre question\u202f?',
  'faq-search.yes': 'Oui',
  'faq-search.no': 'Non',
  'faq-search.thanks-yes': 'Merci pour votre avis.',
  'faq-search.thanks-no': 'Merci. Votre avis nous aide à améliorer nos réponses.',
  'faq-search.comment-label': 'Que cherchiez-vous\u202f? (facultatif)',
  'faq-search.comment-hint': str`N’indiquez pas de données personnelles, comme votre nom ou votre numéro de téléphone. ${0} caractères au maximum.`,
  'faq-search.send-feedback': 'Envoyer mon avis',
  'faq-search.feedback-sending': 'Envoi de votre avis…',
  'faq-search.feedback-sending-button': 'Envoi en cours…',

  // Contacting the ministry
  'faq-search.escalation-title': 'Vous avez encore besoin d’aide\u202f?',
  'faq-search.complaint': 'Faire une réclamation',
  'faq-search.callback': 'Demander un rappel',
  'faq-search.contact-intro': 'Ou contactez-nous directement\u00a0:',
  'faq-search.phone': 'Téléphone\u00a0:',
  'faq-search.email': 'Courriel\u00a0:',
};
