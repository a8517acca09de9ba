// French strings of ticket-status, keyed by msg() id. In a str`…` template, ${n} stands for
// the n-th value of the English message, so a translation may put the values in any order.
// French typography: a non-breaking space (\u00a0) before ":" and inside « », a narrow one
// (\u202f) before ; ? !
import { str, type TemplateMap } from '@lit/localize';

export const templates: TemplateMap = {
  'ticket-status.time-in-zone': str`${0} (${1})`, // same in fr
  'ticket-status.heading': 'Vérifier l’état de votre réclamation',
  'ticket-status.reference-label': 'Référence de la réclamation',
  'ticket-status.reference-hint': str`Elle figure dans le courriel ou le SMS de confirmation que vous avez reçu, par exemple ${0}`,
  'ticket-status.verifier-label': 'Adresse électronique ou numéro de téléphone',
  'ticket-status.verifier-hint': 'L’adresse électronique ou le numéro de téléphone que vous avez donné en faisant la réclamation',
  'ticket-status.submit': 'Vérifier l’état',
  'ticket-status.checking': 'Recherche de votre réclamation…',
  'ticket-status.retry': 'Réessayer',

  'ticket-status.reference-missing': 'Saisissez la référence de votre réclamation',
  'ticket-status.reference-invalid': 'Saisissez la référence exactement comme elle figure dans votre message de confirmation',
  'ticket-status.verifier-missing': 'Saisissez l’adresse électronique ou le numéro de téléphone que vous avez donné en faisant la réclamation',
  'ticket-status.verifier-invalid':
    'Saisissez l’adresse électronique ou le numéro de téléphone exactement comme vous l’avez donné en faisant la réclamation',

  'ticket-status.not-found':
    'Nous n’avons trouvé aucune réclamation avec cette référence et cette adresse électronique ou ce numéro de téléphone. Comparez les deux avec votre message de confirmation et réessayez',
  'ticket-status.rate-limited': str`Vous avez fait trop d’essais. Réessayez ${0}`,
  'ticket-status.rate-limited-unknown': 'Vous avez fait trop d’essais. Attendez quelques minutes, puis réessayez',
  'ticket-status.unreachable':
    'Nous n’avons pas pu joindre le centre de contact. Vérifiez votre connexion Internet, puis réessayez. Ce que vous avez saisi a été conservé',
  'ticket-status.server':
    'Le centre de contact ne fonctionne pas correctement en ce moment. Réessayez dans quelques minutes. Ce que vous avez saisi a été conservé',

  'ticket-status.result-heading': str`Réclamation ${0}`,
  'ticket-status.loaded': str`Réclamation ${0} trouvée. État\u00a0: ${1}`,
  'ticket-status.status-label': 'État\u00a0:',
  'ticket-status.expected': 'Réponse prévue d’ici le',
  'ticket-status.service': 'Sujet',
  'ticket-status.team': 'Traitée par',
  'ticket-status.submitted': 'Déposée le',
  'ticket-status.timeline-heading': 'Ce qui s’est passé jusqu’ici',
  'ticket-status.timeline-order': 'Les plus récents en premier',
  'ticket-status.timeline-created': 'Réclamation reçue',
  'ticket-status.timeline-rerouted': str`Transmise à une autre équipe\u00a0: ${0}`,
  'ticket-status.timeline-status': str`Nouvel état\u00a0: ${0}`,
  'ticket-status.timeline-note': 'Message de l’équipe\u00a0:',
  'ticket-status.timeline-team': str`Équipe\u00a0: ${0}`,
  'ticket-status.check-another': 'Vérifier une autre réclamation',

  'ticket-status.status.received': 'Reçue',
  'ticket-status.status.assigned': 'Confiée à une équipe',
  'ticket-status.status.in-progress': 'En cours d’examen',
  'ticket-status.status.awaiting-citizen': 'En attente de votre réponse',
  'ticket-status.status.resolved': 'Traitée',
  'ticket-status.status.closed': 'Clôturée',
  'ticket-status.status.reopened': 'Rouverte',

  'ticket-status.explain.received': 'Nous avons reçu votre réclamation. Elle sera transmise à l’équipe qui s’en occupe.',
  'ticket-status.explain.assigned': 'Une équipe a reçu votre réclamation et va l’examiner.',
  'ticket-status.explain.in-progress':
    'Quelqu’un s’occupe de votre réclamation. Nous vous contacterons si nous avons besoin de plus d’informations.',
  'ticket-status.explain.awaiting-citizen':
    'Nous avons besoin d’un élément de votre part pour continuer. Vérifiez si vous avez reçu de notre part un courriel, un SMS ou un appel.',
  'ticket-status.explain.resolved':
    'Nous avons traité votre réclamation et vous avons envoyé notre réponse. Si elle ne vous satisfait pas, contactez-nous et nous l’examinerons de nouveau.',
  'ticket-status.explain.closed': 'Votre réclamation est clôturée. S’il y a du nouveau, faites une nouvelle réclamation.',
  'ticket-status.explain.reopened': 'Nous examinons de nouveau votre réclamation.',

  'ticket-status.satisfaction-question': 'Dans quelle mesure êtes-vous satisfait de la façon dont votre réclamation a été traitée ?',
  'ticket-status.satisfaction.very-satisfied': 'Très satisfait',
  'ticket-status.satisfaction.satisfied': 'Satisfait',
  'ticket-status.satisfaction.neither': 'Ni satisfait ni insatisfait',
  'ticket-status.satisfaction.dissatisfied': 'Insatisfait',
  'ticket-status.satisfaction.very-dissatisfied': 'Très insatisfait',
  'ticket-status.satisfaction-comment-label': 'Dites-nous-en plus (facultatif)',
  'ticket-status.satisfaction-comment-hint': str`N’indiquez pas de données personnelles, comme votre nom ou votre numéro de téléphone. ${0} caractères au maximum.`,
  'ticket-status.satisfaction-send': 'Envoyer',
  'ticket-status.satisfaction-sending-button': 'Envoi en cours…',
  'ticket-status.satisfaction-sending': 'Envoi de votre réponse…',
  'ticket-status.satisfaction-sent': 'Votre réponse a été envoyée.',
  'ticket-status.satisfaction-thanks': 'Merci pour votre réponse',
  'ticket-status.satisfaction-given-heading': 'Votre réponse',
  'ticket-status.satisfaction-given': 'Votre niveau de satisfaction :',
  'ticket-status.satisfaction-given-comment': 'Votre commentaire :',
  'ticket-status.satisfaction-missing': 'Indiquez dans quelle mesure vous êtes satisfait de la façon dont votre réclamation a été traitée',
  'ticket-status.satisfaction-not-resolved': 'Votre réclamation est de nouveau à l’examen, nous ne pouvons donc pas prendre votre réponse maintenant. Vérifiez son état plus tard',
  'ticket-status.satisfaction-refused': 'Nous n’avons pas pu prendre votre réponse. Vérifiez le commentaire, puis envoyez-la de nouveau',
};
