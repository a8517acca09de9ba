// French strings of complaint-form, keyed by msg() id. In a str`…` template, ${n} stands for
// the n-th value of the English message, so a translation may put the values in any order.
// Counts that may be 1 are given as "… : N", so that the noun need not agree with the number.
// French typography: a non-breaking space (\u00a0) before ":" and inside « », a narrow one
// (\u202f) before ; ? !
import { str, type TemplateMap } from '@lit/localize';

export const templates: TemplateMap = {
  'complaint-form.loading': 'Chargement du formulaire de réclamation…',
  'complaint-form.unavailable-title': 'Le formulaire de réclamation ne peut pas être affiché',
  'complaint-form.unavailable':
    'Vérifiez votre connexion Internet et rechargez la page. Si cela ne fonctionne toujours pas, contactez le ministère par téléphone ou par courriel.',

  // Choosing the service
  'complaint-form.picker-title': 'Quel est l’objet de votre réclamation\u202f?',
  'complaint-form.picker-search': 'Rechercher un service',
  'complaint-form.picker-count.one': '1 service correspond à votre recherche',
  'complaint-form.picker-count.many': str`${0} de services correspondent à votre recherche`,
  'complaint-form.picker-count.other': str`${0} services correspondent à votre recherche`,
  'complaint-form.picker-none': 'Aucun service ne correspond à votre recherche',
  'complaint-form.change-service': 'Choisir un autre service',
  'complaint-form.continue': 'Continuer',
  'complaint-form.continue-offline':
    'Vos réponses n’ont pas pu être vérifiées\u00a0: la connexion semble coupée. Vérifiez-la, puis appuyez de nouveau sur «\u00a0Continuer\u00a0». Rien de ce que vous avez saisi n’est perdu.',

  // The form
  'complaint-form.optional': '(facultatif)',
  'complaint-form.select-placeholder': 'Choisissez une option',
  'complaint-form.subject': 'Objet',
  'complaint-form.subject-hint': 'Un court résumé en quelques mots.',
  'complaint-form.description': 'Décrivez votre réclamation',
  'complaint-form.description-hint': 'Dites ce qui s’est passé, quand et où, et ce que vous souhaitez que nous fassions.',
  'complaint-form.address': 'Adresse ou lieu du problème',
  'complaint-form.address-hint': 'Par exemple, la rue et le numéro de maison ou le carrefour le plus proche.',
  'complaint-form.your-details': 'Vos coordonnées',
  'complaint-form.name': 'Nom complet',
  'complaint-form.name-hint-anonymous': 'Vous pouvez laisser ce champ vide pour faire une réclamation anonyme.',
  'complaint-form.email': 'Adresse électronique',
  'complaint-form.phone': 'Numéro de téléphone',
  'complaint-form.phone-hint': 'Indiquez l’indicatif du pays, par exemple +1\u00a0212\u00a0555\u00a00100.',
  'complaint-form.contact-legend': 'Comment pouvons-nous vous répondre\u202f?',
  'complaint-form.contact-either-hint':
    'Indiquez une adresse électronique, un numéro de téléphone ou les deux. Vous aurez besoin de l’un ou de l’autre pour suivre votre réclamation.',
  'complaint-form.contact-hint': 'Vous en aurez besoin pour suivre votre réclamation.',

  // Suggested FAQs
  'complaint-form.faq-title': 'Vous trouverez peut-être ici la réponse à votre question',
  'complaint-form.faq-hint': 'Ouvrez une question pour lire sa réponse. Vous pouvez quand même envoyer votre réclamation.',
  'complaint-form.faq-loading': 'Chargement de la réponse…',
  'complaint-form.faq-failed': 'La réponse n’a pas pu être chargée. Vous pouvez continuer votre réclamation.',
  'complaint-form.faq-dismiss': 'Masquer ces suggestions',
  'complaint-form.faq-found.one': 'Une question-réponse peut vous aider, sous la description',
  'complaint-form.faq-found.many': str`${0} de questions-réponses peuvent vous aider, sous la description`,
  'complaint-form.faq-found.other': str`${0} questions-réponses peuvent vous aider, sous la description`,

  // Attachments
  'complaint-form.attachments': 'Photos ou documents',
  'complaint-form.attachments-hint.one': str`1 fichier, au format ${0} et de moins de ${1}.`,
  'complaint-form.attachments-hint.many': str`Jusqu’à ${0} de fichiers, chacun au format ${1} et de moins de ${2}.`,
  'complaint-form.attachments-hint.other': str`Jusqu’à ${0} fichiers, chacun au format ${1} et de moins de ${2}.`,
  'complaint-form.attachments-list': 'Vos fichiers',
  'complaint-form.drop-here': 'ou déposez les fichiers ici',
  'complaint-form.file-uploading': 'Envoi en cours…',
  'complaint-form.file-uploaded': 'Envoyé',
  'complaint-form.file-failed': 'Ce fichier n’a pas pu être envoyé. Vérifiez votre connexion et réessayez.',
  'complaint-form.file-refused': 'Le centre de contact n’a pas accepté ce fichier. Retirez-le et choisissez-en un autre.',
  'complaint-form.file-retry': 'Réessayer',
  'complaint-form.file-remove': 'Retirer',
  'complaint-form.file-removed': str`Fichier ${0} retiré`,
  'complaint-form.file-uploaded-announcement': str`Fichier ${0} envoyé`,
  'complaint-form.file-failed-announcement': str`Le fichier ${0} n’a pas pu être envoyé`,
  'complaint-form.file-wrong-type': str`Le fichier ${0} n’a pas été ajouté\u00a0: choisissez un fichier au format ${1}`,
  'complaint-form.file-empty': str`Le fichier ${0} n’a pas été ajouté\u00a0: il est vide`,
  'complaint-form.file-too-big': str`Le fichier ${0} n’a pas été ajouté\u00a0: il doit faire moins de ${1}`,
  'complaint-form.file-too-many.one': str`Le fichier ${0} n’a pas été ajouté\u00a0: vous ne pouvez joindre qu’un seul fichier`,
  'complaint-form.file-too-many.many': str`Le fichier ${0} n’a pas été ajouté\u00a0: vous pouvez joindre ${1} de fichiers au maximum`,
  'complaint-form.file-too-many.other': str`Le fichier ${0} n’a pas été ajouté\u00a0: vous pouvez joindre ${1} fichiers au maximum`,

  // Errors
  'complaint-form.error.service-required': 'Choisissez l’objet de votre réclamation',
  'complaint-form.error.subject-required': 'Saisissez un objet',
  'complaint-form.error.subject-too-long': str`L’objet ne doit pas dépasser ${0} caractères`,
  'complaint-form.error.description-required': 'Décrivez votre réclamation',
  'complaint-form.error.description-too-long': str`La description ne doit pas dépasser ${0} caractères`,
  'complaint-form.error.name-required': 'Saisissez votre nom complet',
  'complaint-form.error.name-too-long': str`Votre nom ne doit pas dépasser ${0} caractères`,
  'complaint-form.error.contact-required': 'Saisissez une adresse électronique ou un numéro de téléphone pour que nous puissions vous répondre',
  'complaint-form.error.email-required': 'Saisissez votre adresse électronique',
  'complaint-form.error.email-format': 'Saisissez une adresse électronique au bon format, par exemple name@example.com',
  'complaint-form.error.phone-required': 'Saisissez votre numéro de téléphone',
  'complaint-form.error.phone-format': 'Saisissez un numéro de téléphone avec l’indicatif du pays, par exemple +1\u00a0212\u00a0555\u00a00100',
  'complaint-form.error.address-required': 'Saisissez l’adresse ou le lieu du problème',
  'complaint-form.error.address-too-long': str`L’adresse ne doit pas dépasser ${0} caractères`,
  'complaint-form.error.attachments-uploading': 'Attendez la fin de l’envoi de vos fichiers',
  'complaint-form.error.attachments-failed': 'Un fichier n’a pas pu être envoyé\u00a0: réessayez ou retirez-le',
  'complaint-form.error.attachments-too-many.one': 'Trop de fichiers\u00a0: vous ne pouvez en joindre qu’un seul',
  'complaint-form.error.attachments-too-many.many': str`Trop de fichiers\u00a0: vous pouvez en joindre ${0} au maximum`,
  'complaint-form.error.attachments-too-many.other': str`Trop de fichiers\u00a0: vous pouvez en joindre ${0} au maximum`,
  'complaint-form.error.attachments-invalid': 'L’un de vos fichiers n’a pas pu être joint\u00a0: retirez-le et envoyez-le de nouveau',
  'complaint-form.error.answer-required': str`Saisissez une réponse à «\u00a0${0}\u00a0»`,
  'complaint-form.error.answer-select': str`Choisissez une réponse à «\u00a0${0}\u00a0»`,
  'complaint-form.error.answer-too-long.one': str`La réponse à «\u00a0${0}\u00a0» ne doit pas dépasser 1 caractère`,
  'complaint-form.error.answer-too-long.many': str`La réponse à «\u00a0${0}\u00a0» ne doit pas dépasser ${1} de caractères`,
  'complaint-form.error.answer-too-long.other': str`La réponse à «\u00a0${0}\u00a0» ne doit pas dépasser ${1} caractères`,
  'complaint-form.error.answer-too-short.one': str`La réponse à «\u00a0${0}\u00a0» doit compter au moins 1 caractère`,
  'complaint-form.error.answer-too-short.many': str`La réponse à «\u00a0${0}\u00a0» doit compter au moins ${1} de caractères`,
  'complaint-form.error.answer-too-short.other': str`La réponse à «\u00a0${0}\u00a0» doit compter au moins ${1} caractères`,
  'complaint-form.error.answer-format': str`Saisissez la réponse à «\u00a0${0}\u00a0» au bon format`,
  'complaint-form.error.answer-whole-number': str`La réponse à «\u00a0${0}\u00a0» doit être un nombre entier`,
  'complaint-form.error.answer-number': str`La réponse à «\u00a0${0}\u00a0» doit être un nombre`,
  'complaint-form.error.answer-between': str`La réponse à «\u00a0${0}\u00a0» doit être comprise entre ${1} et ${2}`,
  'complaint-form.error.answer-at-least': str`La réponse à «\u00a0${0}\u00a0» doit être supérieure ou égale à ${1}`,
  'complaint-form.error.answer-at-most': str`La réponse à «\u00a0${0}\u00a0» doit être inférieure ou égale à ${1}`,
  'complaint-form.error.answer-date': str`La réponse à «\u00a0${0}\u00a0» doit être une date valide`,
  'complaint-form.error.answer-past': str`La réponse à «\u00a0${0}\u00a0» doit être la date du jour ou une date passée`,
  'complaint-form.error.answer-future': str`La réponse à «\u00a0${0}\u00a0» doit être la date du jour ou une date future`,
  'complaint-form.error.answer-choice': str`Choisissez la réponse à «\u00a0${0}\u00a0» dans la liste`,
  'complaint-form.error.answer-check': str`Vérifiez votre réponse à «\u00a0${0}\u00a0»`,
  'complaint-form.error.general': 'Un élément de votre réclamation n’a pas pu être accepté. Vérifiez vos réponses et réessayez.',

  // Check your answers
  'complaint-form.check-title': 'Vérifiez vos réponses avant d’envoyer votre réclamation',
  'complaint-form.not-given': 'Non renseigné',
  'complaint-form.change': 'Modifier',
  'complaint-form.send-title': 'Envoyez maintenant votre réclamation',
  'complaint-form.declaration':
    'En envoyant cette réclamation, vous confirmez que les informations que vous avez données sont exactes, à votre connaissance.',
  'complaint-form.submit': 'Envoyer la réclamation',
  'complaint-form.submitting': 'Envoi en cours…',
  'complaint-form.sending': 'Envoi de votre réclamation…',
  'complaint-form.try-again': 'Réessayer',

  // Submission failures
  'complaint-form.not-sent': 'Votre réclamation n’a pas été envoyée',
  'complaint-form.send-failed': 'Nous n’avons pas pu envoyer votre réclamation. Vos réponses sont conservées. Réessayez.',
  'complaint-form.send-unexpected':
    'Votre réclamation n’a malheureusement pas pu être envoyée. Vos réponses sont conservées. Réessayez plus tard.',
  'complaint-form.rate-limited': str`Trop de réclamations ont été envoyées d’ici en peu de temps. Vos réponses sont conservées. Attendez ${0}, puis réessayez.`,
  'complaint-form.wait-a-while': 'quelques minutes',
  'complaint-form.offline': 'Vous semblez être hors ligne. Nous enverrons votre réclamation dès que votre connexion sera rétablie.',
  'complaint-form.contact-ministry': 'Vous pouvez aussi nous contacter par téléphone ou par courriel\u00a0:',

  // Confirmation
  'complaint-form.done-title': 'Réclamation envoyée',
  'complaint-form.reference-label': 'Votre numéro de référence',
  'complaint-form.copy': 'Copier le numéro de référence',
  'complaint-form.copied': 'Référence copiée',
  'complaint-form.copy-selected': 'Référence sélectionnée\u00a0: copiez-la avec la commande Copier de votre appareil',
  'complaint-form.earlier-version':
    'Votre réclamation nous était déjà parvenue avant vos dernières modifications\u00a0: c’est donc la version précédente qui a été enregistrée. Pour ajouter les modifications, contactez-nous en indiquant votre numéro de référence.',
  'complaint-form.next-title': 'Prochaines étapes',
  'complaint-form.next-team': str`Nous avons transmis votre réclamation à l’équipe chargée du service «\u00a0${0}\u00a0». Nous prévoyons de vous répondre d’ici le ${1}.`,
  'complaint-form.next-team-urgent.one': str`Nous avons transmis votre réclamation à l’équipe chargée du service «\u00a0${0}\u00a0». Nous nous efforçons de vous répondre dans un délai d’une heure ouvrée, d’ici le ${1}.`,
  'complaint-form.next-team-urgent.many': str`Nous avons transmis votre réclamation à l’équipe chargée du service «\u00a0${0}\u00a0». Nous nous efforçons de vous répondre dans un délai de ${1} d’heures ouvrées, d’ici le ${2}.`,
  'complaint-form.next-team-urgent.other': str`Nous avons transmis votre réclamation à l’équipe chargée du service «\u00a0${0}\u00a0». Nous nous efforçons de vous répondre dans un délai de ${1}\u00a0heures ouvrées, d’ici le ${2}.`,
  'complaint-form.next-keep':
    'Conservez votre numéro de référence. Vous en aurez besoin, avec l’adresse électronique ou le numéro de téléphone que vous avez donné, pour suivre votre réclamation ou si vous nous appelez.',
  'complaint-form.track': 'Suivre votre réclamation',
  'complaint-form.target-days': str`Nous nous efforçons de vous répondre dans un délai de ${0}, sans compter les week-ends et les jours fériés.`,
  'complaint-form.target-hours': str`Nous nous efforçons de vous répondre dans un délai de ${0} pendant nos heures d’ouverture.`,
};
