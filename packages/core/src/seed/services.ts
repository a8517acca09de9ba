import type { Service } from '@civic-contact/contract';

const MB = 1024 * 1024;
type AttachmentTypes = Service['attachments']['types'];

const PHOTOS: AttachmentTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'];
const DOCUMENTS: AttachmentTypes = ['application/pdf', 'image/jpeg', 'image/png'];
const NO_ATTACHMENTS: Service['attachments'] = { maxFiles: 0, maxBytes: 0, types: [] };

// ---------------------------------------------------------------------------------------------
// Health (en, fr)
// ---------------------------------------------------------------------------------------------

const healthClinicServices: Service = {
  id: 'health-clinic-services',
  ministryId: 'health',
  group: { en: 'Hospitals and clinics', fr: 'Hôpitaux et cliniques' },
  name: { en: 'Community clinic services', fr: 'Services des cliniques communautaires' },
  description: {
    en: 'Tell us about a visit to a wellness centre or polyclinic: waiting, appointments, medicines, staff or the building.',
    fr: "Parlez-nous d'une visite dans un centre de santé ou une polyclinique : attente, rendez-vous, médicaments, personnel ou locaux.",
  },
  entityId: 'primary-care',
  contact: 'email_or_phone',
  anonymousAllowed: true,
  location: 'none',
  attachments: { maxFiles: 2, maxBytes: 5 * MB, types: DOCUMENTS },
  responseTargetDays: 10,
  callbacks: true,
  fields: [
    {
      id: 'clinic',
      type: 'single_choice',
      label: { en: 'Which clinic did you visit?', fr: 'Quelle clinique avez-vous visitée ?' },
      required: true,
      options: [
        { value: 'castries', label: { en: 'Castries Wellness Centre', fr: 'Centre de santé de Castries' } },
        { value: 'gros_islet', label: { en: 'Gros Islet Polyclinic', fr: 'Polyclinique de Gros Islet' } },
        { value: 'dennery', label: { en: 'Dennery Polyclinic', fr: 'Polyclinique de Dennery' } },
        { value: 'soufriere', label: { en: 'Soufrière Wellness Centre', fr: 'Centre de santé de Soufrière' } },
        { value: 'vieux_fort', label: { en: 'Vieux Fort Wellness Centre', fr: 'Centre de santé de Vieux Fort' } },
        {
          value: 'other',
          label: { en: 'Another clinic', fr: 'Une autre clinique' },
          prompt: {
            en: 'Give the name and town of the clinic so we can pass your message to the right team.',
            fr: 'Indiquez le nom et la ville de la clinique pour que nous puissions transmettre votre message à la bonne équipe.',
          },
        },
      ],
    },
    {
      id: 'clinic_other',
      type: 'string',
      label: { en: 'Name and town of the clinic', fr: 'Nom et ville de la clinique' },
      required: false,
      maxLength: 120,
      requiredWhen: { field: 'clinic', equals: ['other'] },
    },
    {
      id: 'visit_date',
      type: 'date',
      label: { en: 'Date of your visit', fr: 'Date de votre visite' },
      required: true,
      dateRange: 'past',
    },
    {
      id: 'issues',
      type: 'multi_choice',
      label: { en: 'What was the problem?', fr: 'Quel était le problème ?' },
      help: { en: 'Select all that apply.', fr: "Cochez tout ce qui s'applique." },
      required: true,
      options: [
        { value: 'long_wait', label: { en: 'Long wait to be seen', fr: "Longue attente avant d'être vu" } },
        { value: 'appointment', label: { en: 'Could not get an appointment', fr: "Impossible d'obtenir un rendez-vous" } },
        {
          value: 'medicine_unavailable',
          label: { en: 'Medicine not available at the pharmacy', fr: 'Médicament non disponible à la pharmacie' },
          prompt: {
            en: 'Tell us the name of the medicine and its strength, as written on your prescription.',
            fr: 'Indiquez le nom du médicament et son dosage, tels qu’ils figurent sur votre ordonnance.',
          },
        },
        { value: 'staff_conduct', label: { en: 'How staff treated me', fr: 'Attitude du personnel' } },
        { value: 'cleanliness', label: { en: 'Cleanliness of the building', fr: 'Propreté des locaux' } },
        { value: 'accessibility', label: { en: 'Access for people with disabilities', fr: 'Accès pour les personnes handicapées' } },
        {
          value: 'other',
          label: { en: 'Something else', fr: 'Autre chose' },
          prompt: {
            en: 'Tell us what happened in the details box.',
            fr: "Décrivez ce qui s'est passé dans la zone de détails.",
          },
        },
      ],
    },
    {
      id: 'details',
      type: 'text',
      label: { en: 'What happened?', fr: "Que s'est-il passé ?" },
      help: {
        en: 'Include times and names if you know them. Do not include medical details you would not want staff to read.',
        fr: 'Précisez les heures et les noms si vous les connaissez. N’indiquez pas de détails médicaux que vous ne voudriez pas voir lus par le personnel.',
      },
      required: true,
      minLength: 20,
      maxLength: 2000,
    },
  ],
};

const healthHospitalWaitingTimes: Service = {
  id: 'health-hospital-waiting-times',
  ministryId: 'health',
  group: { en: 'Hospitals and clinics', fr: 'Hôpitaux et cliniques' },
  name: { en: 'Hospital waiting times', fr: "Temps d'attente à l'hôpital" },
  description: {
    en: 'Report a long wait in an emergency department or outpatient clinic, or ask about your place on a waiting list for surgery or a scan.',
    fr: "Signalez une longue attente aux urgences ou en consultation externe, ou renseignez-vous sur votre place sur une liste d'attente pour une opération ou un examen d'imagerie.",
  },
  entityId: 'hospital-services',
  contact: 'email_or_phone',
  anonymousAllowed: false,
  location: 'none',
  attachments: NO_ATTACHMENTS,
  responseTargetDays: 5,
  callbacks: true,
  fields: [
    {
      id: 'hospital',
      type: 'single_choice',
      label: { en: 'Hospital', fr: 'Hôpital' },
      required: true,
      options: [
        { value: 'castries_general', label: { en: 'Castries General Hospital', fr: 'Hôpital général de Castries' } },
        { value: 'southern_regional', label: { en: 'Southern Regional Hospital', fr: 'Hôpital régional du Sud' } },
        { value: 'northern_district', label: { en: 'Northern District Hospital', fr: 'Hôpital de district du Nord' } },
      ],
    },
    {
      id: 'department',
      type: 'single_choice',
      label: { en: 'Which service is this about?', fr: 'De quel service s’agit-il ?' },
      required: true,
      options: [
        {
          value: 'emergency',
          label: { en: 'Emergency department', fr: 'Urgences' },
          prompt: {
            en: 'If you or the person with you is getting worse while waiting, tell the triage nurse straight away or call 911.',
            fr: "Si votre état ou celui de la personne qui vous accompagne s'aggrave pendant l'attente, prévenez immédiatement l'infirmière de triage ou composez le 911.",
          },
        },
        { value: 'outpatient', label: { en: 'Outpatient clinic appointment', fr: 'Consultation externe' } },
        {
          value: 'surgery_list',
          label: { en: 'Waiting list for surgery', fr: "Liste d'attente pour une opération" },
          prompt: {
            en: 'Give your hospital number and the date you were referred so we can find your place on the list.',
            fr: "Indiquez votre numéro de dossier hospitalier et la date de votre orientation pour que nous trouvions votre place sur la liste.",
          },
        },
        {
          value: 'imaging',
          label: { en: 'X-ray, CT or MRI scan', fr: 'Radiographie, scanner ou IRM' },
          prompt: {
            en: 'Give your hospital number so we can check your scan request.',
            fr: "Indiquez votre numéro de dossier hospitalier pour que nous puissions vérifier votre demande d'examen.",
          },
        },
        { value: 'laboratory', label: { en: 'Laboratory tests and results', fr: "Analyses de laboratoire et résultats" } },
      ],
    },
    {
      id: 'hospital_number',
      type: 'string',
      label: { en: 'Hospital number', fr: 'Numéro de dossier hospitalier' },
      help: {
        en: 'Two letters and six digits, printed on your appointment card, for example CG123456.',
        fr: 'Deux lettres et six chiffres, inscrits sur votre carte de rendez-vous, par exemple CG123456.',
      },
      required: false,
      pattern: {
        regex: '^[A-Z]{2}[0-9]{6}$',
        message: {
          en: 'Enter your hospital number as two capital letters followed by six digits, for example CG123456.',
          fr: 'Saisissez votre numéro de dossier sous la forme de deux lettres majuscules suivies de six chiffres, par exemple CG123456.',
        },
      },
      requiredWhen: { field: 'department', equals: ['surgery_list', 'imaging'] },
    },
    {
      id: 'referral_date',
      type: 'date',
      label: { en: 'Date you were referred', fr: "Date de l'orientation par votre médecin" },
      required: false,
      dateRange: 'past',
      requiredWhen: { field: 'department', equals: ['surgery_list'] },
    },
    {
      id: 'visit_date',
      type: 'date',
      label: { en: 'Date of your visit', fr: 'Date de votre visite' },
      required: false,
      dateRange: 'past',
      requiredWhen: { field: 'department', equals: ['emergency', 'outpatient', 'laboratory'] },
    },
    {
      id: 'hours_waited',
      type: 'number',
      label: { en: 'How long did you wait, in hours?', fr: "Combien d'heures avez-vous attendu ?" },
      help: { en: 'An estimate is fine, for example 5.5.', fr: 'Une estimation suffit, par exemple 5,5.' },
      required: false,
      min: 0,
      max: 72,
    },
    {
      id: 'details',
      type: 'text',
      label: { en: 'Tell us more', fr: 'Donnez-nous plus de détails' },
      required: true,
      minLength: 10,
      maxLength: 2000,
    },
  ],
};

const healthVaccination: Service = {
  id: 'health-vaccination',
  ministryId: 'health',
  group: { en: 'Vaccination', fr: 'Vaccination' },
  name: { en: 'Vaccinations and immunisation records', fr: 'Vaccins et carnets de vaccination' },
  description: {
    en: 'Book or change a vaccination, get a copy of a vaccination record, ask about travel vaccines or report a reaction after a vaccine.',
    fr: "Prendre ou modifier un rendez-vous de vaccination, obtenir une copie d'un carnet de vaccination, se renseigner sur les vaccins du voyageur ou signaler une réaction après un vaccin.",
  },
  entityId: 'immunisation',
  contact: 'email_or_phone',
  anonymousAllowed: false,
  location: 'none',
  attachments: { maxFiles: 2, maxBytes: 5 * MB, types: ['image/jpeg', 'image/png', 'image/heic', 'application/pdf'] },
  responseTargetDays: 7,
  callbacks: true,
  fields: [
    {
      id: 'request_type',
      type: 'single_choice',
      label: { en: 'What do you need?', fr: 'De quoi avez-vous besoin ?' },
      required: true,
      options: [
        { value: 'book', label: { en: 'Book or change an appointment', fr: 'Prendre ou modifier un rendez-vous' } },
        { value: 'record', label: { en: 'A copy of a vaccination record', fr: "Une copie d'un carnet de vaccination" } },
        { value: 'missed_dose', label: { en: 'My child missed a scheduled vaccine', fr: 'Mon enfant a manqué un vaccin prévu' } },
        {
          value: 'travel',
          label: { en: 'Travel vaccines (for example yellow fever)', fr: 'Vaccins du voyageur (par exemple fièvre jaune)' },
          prompt: {
            en: 'Give your travel date and destination: some vaccines must be given at least 10 days before you leave.',
            fr: 'Indiquez votre date de départ et votre destination : certains vaccins doivent être administrés au moins 10 jours avant le départ.',
          },
        },
        {
          value: 'reaction',
          label: { en: 'A reaction after a vaccine', fr: 'Une réaction après un vaccin' },
          prompt: {
            en: 'If the person has trouble breathing, a swollen face or throat, or is very unwell, call 911 now. Otherwise tell us the vaccine, the date and the symptoms.',
            fr: 'Si la personne a du mal à respirer, le visage ou la gorge enflés, ou se sent très mal, composez le 911 maintenant. Sinon, indiquez-nous le vaccin, la date et les symptômes.',
          },
        },
        {
          value: 'other',
          label: { en: 'Something else', fr: 'Autre chose' },
          prompt: { en: 'Tell us what you need in the details box.', fr: 'Décrivez votre demande dans la zone de détails.' },
        },
      ],
    },
    {
      id: 'person_name',
      type: 'string',
      label: { en: 'Full name of the person vaccinated', fr: 'Nom complet de la personne vaccinée' },
      required: true,
      minLength: 2,
      maxLength: 120,
    },
    {
      id: 'date_of_birth',
      type: 'date',
      label: { en: 'Their date of birth', fr: 'Sa date de naissance' },
      required: true,
      dateRange: 'past',
    },
    {
      id: 'vaccines',
      type: 'multi_choice',
      label: { en: 'Which vaccines?', fr: 'Quels vaccins ?' },
      help: { en: 'Leave blank if you are not sure.', fr: 'Laissez vide si vous n’êtes pas sûr.' },
      required: false,
      options: [
        { value: 'hexavalent', label: { en: '6-in-1 (babies at 2, 4 and 6 months)', fr: 'Hexavalent (bébés à 2, 4 et 6 mois)' } },
        { value: 'mmr', label: { en: 'MMR (measles, mumps, rubella)', fr: 'ROR (rougeole, oreillons, rubéole)' } },
        { value: 'dtap_polio', label: { en: 'DTaP and polio boosters', fr: 'Rappels DCaT et polio' } },
        { value: 'hpv', label: { en: 'HPV', fr: 'VPH' } },
        { value: 'hepatitis_b', label: { en: 'Hepatitis B', fr: 'Hépatite B' } },
        { value: 'influenza', label: { en: 'Flu', fr: 'Grippe' } },
        { value: 'covid19', label: { en: 'COVID-19', fr: 'COVID-19' } },
        { value: 'yellow_fever', label: { en: 'Yellow fever', fr: 'Fièvre jaune' } },
        { value: 'typhoid', label: { en: 'Typhoid', fr: 'Typhoïde' } },
      ],
    },
    {
      id: 'reaction_date',
      type: 'date',
      label: { en: 'Date of the vaccine that caused the reaction', fr: 'Date du vaccin ayant provoqué la réaction' },
      required: false,
      dateRange: 'past',
      requiredWhen: { field: 'request_type', equals: ['reaction'] },
    },
    {
      id: 'travel_date',
      type: 'date',
      label: { en: 'Date you travel', fr: 'Date de votre départ' },
      required: false,
      dateRange: 'future',
      requiredWhen: { field: 'request_type', equals: ['travel'] },
    },
    {
      id: 'details',
      type: 'text',
      label: { en: 'Details', fr: 'Détails' },
      required: false,
      maxLength: 1500,
      requiredWhen: { field: 'request_type', equals: ['reaction', 'travel', 'other'] },
    },
  ],
};

const healthCard: Service = {
  id: 'health-card',
  ministryId: 'health',
  group: { en: 'Health card', fr: 'Carte santé' },
  name: { en: 'Health card: apply, replace or update', fr: 'Carte santé : demande, remplacement ou mise à jour' },
  description: {
    en: 'Apply for a health card, replace a lost, stolen or damaged card, change your name or address, or ask where your card is.',
    fr: 'Demander une carte santé, remplacer une carte perdue, volée ou abîmée, changer votre nom ou votre adresse, ou savoir où en est votre carte.',
  },
  entityId: 'health-card',
  contact: 'email_and_phone',
  anonymousAllowed: false,
  location: 'none',
  attachments: { maxFiles: 3, maxBytes: 5 * MB, types: DOCUMENTS },
  responseTargetDays: 10,
  callbacks: true,
  fields: [
    {
      id: 'request_type',
      type: 'single_choice',
      label: { en: 'What do you want to do?', fr: 'Que souhaitez-vous faire ?' },
      required: true,
      options: [
        {
          value: 'new_card',
          label: { en: 'Apply for my first health card', fr: 'Demander ma première carte santé' },
          prompt: {
            en: 'Upload your national ID card or passport and a proof of address less than three months old.',
            fr: "Joignez votre carte d'identité nationale ou votre passeport et un justificatif de domicile de moins de trois mois.",
          },
        },
        {
          value: 'replace_lost',
          label: { en: 'Replace a lost or stolen card', fr: 'Remplacer une carte perdue ou volée' },
          prompt: {
            en: 'If your card was stolen, give the police report number if you have one.',
            fr: 'Si votre carte a été volée, indiquez le numéro du rapport de police si vous en avez un.',
          },
        },
        { value: 'replace_damaged', label: { en: 'Replace a damaged card', fr: 'Remplacer une carte abîmée' } },
        {
          value: 'update_details',
          label: { en: 'Change my name or address', fr: 'Changer mon nom ou mon adresse' },
          prompt: {
            en: 'Upload proof of the change, such as a marriage certificate or a utility bill showing your new address.',
            fr: 'Joignez une preuve du changement, comme un certificat de mariage ou une facture de services à votre nouvelle adresse.',
          },
        },
        { value: 'status', label: { en: 'Ask where my card is', fr: 'Savoir où en est ma carte' } },
      ],
    },
    {
      id: 'health_card_number',
      type: 'string',
      label: { en: 'Health card number', fr: 'Numéro de carte santé' },
      help: { en: '10 digits on the front of your card.', fr: 'Les 10 chiffres au recto de votre carte.' },
      required: false,
      pattern: {
        regex: '^[0-9]{4}-?[0-9]{3}-?[0-9]{3}$',
        message: {
          en: 'Enter the 10-digit number on the front of your card, for example 1234-567-890.',
          fr: 'Saisissez le numéro à 10 chiffres inscrit au recto de votre carte, par exemple 1234-567-890.',
        },
      },
      requiredWhen: { field: 'request_type', equals: ['replace_damaged', 'update_details'] },
    },
    {
      id: 'changes',
      type: 'multi_choice',
      label: { en: 'What has changed?', fr: "Qu'est-ce qui a changé ?" },
      required: false,
      options: [
        { value: 'name', label: { en: 'Name', fr: 'Nom' } },
        { value: 'address', label: { en: 'Home address', fr: 'Adresse du domicile' } },
        { value: 'phone', label: { en: 'Phone number', fr: 'Numéro de téléphone' } },
        { value: 'doctor', label: { en: 'Family doctor', fr: 'Médecin de famille' } },
      ],
      requiredWhen: { field: 'request_type', equals: ['update_details'] },
    },
    {
      id: 'police_report_number',
      type: 'string',
      label: { en: 'Police report number', fr: 'Numéro du rapport de police' },
      required: false,
      maxLength: 30,
    },
    {
      id: 'date_of_birth',
      type: 'date',
      label: { en: 'Your date of birth', fr: 'Votre date de naissance' },
      required: true,
      dateRange: 'past',
    },
    {
      id: 'details',
      type: 'text',
      label: { en: 'Anything else we should know', fr: 'Autres informations utiles' },
      required: false,
      maxLength: 1000,
    },
  ],
};

const healthEnvironmental: Service = {
  id: 'health-environmental-concern',
  ministryId: 'health',
  group: { en: 'Public and environmental health', fr: 'Santé publique et environnementale' },
  name: { en: 'Report an environmental health concern', fr: 'Signaler un problème de santé environnementale' },
  description: {
    en: 'Mosquito breeding sites, unsafe food premises, sewage overflows, rodents or dead animals in public places.',
    fr: "Gîtes de moustiques, commerces alimentaires insalubres, débordements d'égouts, rongeurs ou animaux morts dans les lieux publics.",
  },
  entityId: 'environmental-health',
  contact: 'email_or_phone',
  anonymousAllowed: true,
  location: 'required',
  attachments: { maxFiles: 4, maxBytes: 8 * MB, types: PHOTOS },
  responseTargetDays: 5,
  callbacks: false,
  fields: [
    {
      id: 'concern_type',
      type: 'single_choice',
      label: { en: 'What are you reporting?', fr: 'Que signalez-vous ?' },
      required: true,
      options: [
        {
          value: 'mosquito_breeding',
          label: { en: 'Standing water where mosquitoes breed', fr: "Eau stagnante où se reproduisent les moustiques" },
          prompt: {
            en: 'Say what is holding the water, for example old tyres, drums or a blocked drain.',
            fr: "Précisez ce qui retient l'eau, par exemple de vieux pneus, des fûts ou un caniveau bouché.",
          },
        },
        {
          value: 'food_premises',
          label: { en: 'Restaurant, shop or food vendor', fr: 'Restaurant, commerce ou vendeur ambulant' },
          prompt: {
            en: 'Give the name of the business. If you became ill after eating there, see a doctor and tell us the date you ate.',
            fr: "Indiquez le nom du commerce. Si vous êtes tombé malade après y avoir mangé, consultez un médecin et indiquez-nous la date du repas.",
          },
        },
        { value: 'sewage', label: { en: 'Sewage overflow or bad smell', fr: "Débordement d'égout ou mauvaise odeur" } },
        { value: 'rodents', label: { en: 'Rats or other pests', fr: 'Rats ou autres nuisibles' } },
        { value: 'dead_animal', label: { en: 'Dead animal', fr: 'Animal mort' } },
        {
          value: 'other',
          label: { en: 'Something else', fr: 'Autre chose' },
          prompt: { en: 'Describe the problem in the details box.', fr: 'Décrivez le problème dans la zone de détails.' },
        },
      ],
    },
    {
      id: 'premises_name',
      type: 'string',
      label: { en: 'Name of the business', fr: 'Nom du commerce' },
      required: false,
      maxLength: 120,
      requiredWhen: { field: 'concern_type', equals: ['food_premises'] },
    },
    {
      id: 'first_noticed',
      type: 'date',
      label: { en: 'When did you first notice it?', fr: "Quand l'avez-vous remarqué pour la première fois ?" },
      required: false,
      dateRange: 'past',
    },
    {
      id: 'details',
      type: 'text',
      label: { en: 'Describe the problem', fr: 'Décrivez le problème' },
      required: true,
      minLength: 10,
      maxLength: 1500,
    },
  ],
};

/** The urgent one: a target in working hours, not days, because care cannot wait a week. */
const healthUrgentCare: Service = {
  id: 'health-urgent-care',
  ministryId: 'health',
  group: { en: 'Hospitals and clinics', fr: 'Hôpitaux et cliniques' },
  name: { en: 'Urgent problem with care or medicines', fr: 'Problème urgent de soins ou de médicaments' },
  description: {
    en: 'A problem that cannot wait: a prescribed medicine you cannot get, a missed home-care visit, or being refused care you need now. In an emergency, call 911.',
    fr: "Un problème qui ne peut pas attendre : un médicament prescrit introuvable, une visite de soins à domicile manquée, ou un refus de soins dont vous avez besoin maintenant. En cas d'urgence, appelez le 911.",
  },
  entityId: 'patient-relations',
  contact: 'email_or_phone',
  anonymousAllowed: false,
  location: 'none',
  attachments: NO_ATTACHMENTS,
  responseTargetHours: 4,
  callbacks: true,
  fields: [
    {
      id: 'urgent_issue',
      type: 'single_choice',
      label: { en: 'What is the problem?', fr: 'Quel est le problème ?' },
      required: true,
      options: [
        { value: 'medicine', label: { en: 'I cannot get a prescribed medicine', fr: 'Je ne peux pas obtenir un médicament prescrit' } },
        { value: 'home_care', label: { en: 'A home-care visit did not happen', fr: "Une visite de soins à domicile n'a pas eu lieu" } },
        { value: 'refused_care', label: { en: 'I was refused care I need now', fr: "On m'a refusé des soins dont j'ai besoin maintenant" } },
        {
          value: 'other',
          label: { en: 'Something else that cannot wait', fr: 'Autre chose qui ne peut pas attendre' },
          prompt: { en: 'Say why it cannot wait in the details box.', fr: 'Expliquez pourquoi cela ne peut pas attendre dans la zone de détails.' },
        },
      ],
    },
    {
      id: 'details',
      type: 'text',
      label: { en: 'What happened, and what do you need?', fr: "Que s'est-il passé et de quoi avez-vous besoin ?" },
      required: true,
      minLength: 10,
      maxLength: 1500,
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Transport (en, es)
// ---------------------------------------------------------------------------------------------

const LICENCE_PATTERN: NonNullable<Service['fields'][number]['pattern']> = {
  regex: '^[A-Z][0-9]{7}$',
  message: {
    en: 'Enter one capital letter followed by seven digits, for example D1234567.',
    es: 'Escriba una letra mayúscula seguida de siete dígitos, por ejemplo D1234567.',
  },
};

const transportLicenceStatus: Service = {
  id: 'transport-licence-status',
  ministryId: 'transport',
  group: { en: 'Driving licences', es: 'Licencias de conducir' },
  name: { en: 'Driving licence application status', es: 'Estado de la solicitud de licencia de conducir' },
  description: {
    en: 'Ask where your new, renewed or replacement driving licence is, or whether your card is ready to collect.',
    es: 'Consulte en qué punto está su licencia de conducir nueva, renovada o de reemplazo, o si su tarjeta ya está lista para recoger.',
  },
  entityId: 'driver-licensing',
  contact: 'email_or_phone',
  anonymousAllowed: false,
  location: 'none',
  attachments: NO_ATTACHMENTS,
  responseTargetDays: 3,
  callbacks: true,
  fields: [
    {
      id: 'application_type',
      type: 'single_choice',
      label: { en: 'What did you apply for?', es: '¿Qué solicitó?' },
      required: true,
      options: [
        { value: 'first', label: { en: 'My first licence', es: 'Mi primera licencia' } },
        { value: 'renewal', label: { en: 'Renewal', es: 'Renovación' } },
        { value: 'replacement', label: { en: 'Replacement of a lost or stolen licence', es: 'Reemplazo de una licencia perdida o robada' } },
        { value: 'new_class', label: { en: 'A new class, for example motorcycle', es: 'Una nueva categoría, por ejemplo motocicleta' } },
        {
          value: 'exchange',
          label: { en: 'Exchange of a foreign licence', es: 'Canje de una licencia extranjera' },
          prompt: {
            en: 'Tell us which country issued your licence: exchanges from some countries need an embassy check, which adds about two weeks.',
            es: 'Indique qué país expidió su licencia: los canjes de algunos países requieren una verificación con la embajada, que añade unas dos semanas.',
          },
        },
      ],
    },
    {
      id: 'licence_number',
      type: 'string',
      label: { en: 'Driving licence or learner permit number', es: 'Número de licencia de conducir o de permiso de aprendizaje' },
      help: {
        en: 'Printed on your licence, learner permit or application receipt, for example D1234567.',
        es: 'Aparece en su licencia, permiso de aprendizaje o recibo de solicitud, por ejemplo D1234567.',
      },
      required: true,
      pattern: LICENCE_PATTERN,
    },
    {
      id: 'date_of_birth',
      type: 'date',
      label: { en: 'Date of birth', es: 'Fecha de nacimiento' },
      help: {
        en: 'We use it with your licence number to find your application.',
        es: 'La usamos junto con su número de licencia para encontrar su solicitud.',
      },
      required: true,
      dateRange: 'past',
    },
    {
      id: 'application_date',
      type: 'date',
      label: { en: 'Date you applied', es: 'Fecha de la solicitud' },
      required: true,
      dateRange: 'past',
    },
    {
      id: 'office',
      type: 'single_choice',
      label: { en: 'Where did you apply?', es: '¿Dónde presentó la solicitud?' },
      required: true,
      options: [
        { value: 'online', label: { en: 'Online', es: 'En línea' } },
        { value: 'central', label: { en: 'Central Licensing Office', es: 'Oficina Central de Licencias' } },
        { value: 'north', label: { en: 'North District Office', es: 'Oficina del Distrito Norte' } },
        { value: 'south', label: { en: 'South District Office', es: 'Oficina del Distrito Sur' } },
      ],
    },
    {
      id: 'issuing_country',
      type: 'string',
      label: { en: 'Country that issued your licence', es: 'País que expidió su licencia' },
      required: false,
      maxLength: 60,
      requiredWhen: { field: 'application_type', equals: ['exchange'] },
    },
    {
      id: 'details',
      type: 'text',
      label: { en: 'Anything else we should know', es: 'Algo más que debamos saber' },
      required: false,
      maxLength: 1000,
    },
  ],
};

const transportDrivingTest: Service = {
  id: 'transport-driving-test',
  ministryId: 'transport',
  group: { en: 'Driving licences', es: 'Licencias de conducir' },
  name: { en: 'Driving test bookings and results', es: 'Citas y resultados del examen de manejo' },
  description: {
    en: 'Book, move or cancel a road test, ask for support during the test, or query a result.',
    es: 'Reserve, cambie o cancele un examen práctico, solicite apoyo durante el examen o consulte un resultado.',
  },
  entityId: 'driving-tests',
  contact: 'email_and_phone',
  anonymousAllowed: false,
  location: 'none',
  attachments: { maxFiles: 1, maxBytes: 5 * MB, types: DOCUMENTS },
  responseTargetDays: 5,
  callbacks: true,
  fields: [
    {
      id: 'request_type',
      type: 'single_choice',
      label: { en: 'What do you need?', es: '¿Qué necesita?' },
      required: true,
      options: [
        { value: 'book', label: { en: 'Book a road test', es: 'Reservar un examen práctico' } },
        {
          value: 'reschedule',
          label: { en: 'Move my test to another date', es: 'Cambiar la fecha de mi examen' },
          prompt: {
            en: 'Changes made less than 3 business days before the test lose the $10 test fee.',
            es: 'Si cambia la fecha con menos de 3 días hábiles de antelación, pierde la tarifa de examen de $10.',
          },
        },
        { value: 'cancel', label: { en: 'Cancel my test', es: 'Cancelar mi examen' } },
        { value: 'result', label: { en: 'Result or certificate not received', es: 'No he recibido el resultado o el certificado' } },
        {
          value: 'accommodation',
          label: { en: 'Support during the test', es: 'Apoyo durante el examen' },
          prompt: {
            en: 'Tell us what you need, for example a sign language interpreter, extra time or an adapted vehicle. Attach a doctor’s note if you have one.',
            es: 'Indique qué necesita, por ejemplo un intérprete de lengua de señas, más tiempo o un vehículo adaptado. Adjunte una nota médica si la tiene.',
          },
        },
        {
          value: 'complaint',
          label: { en: 'A complaint about my test', es: 'Una queja sobre mi examen' },
          prompt: {
            en: 'Describe what happened. A complaint cannot change a result, but we review every test recording it concerns.',
            es: 'Describa lo ocurrido. Una queja no puede cambiar el resultado, pero revisamos la grabación de cada examen al que se refiera.',
          },
        },
      ],
    },
    {
      id: 'test_class',
      type: 'single_choice',
      label: { en: 'Type of test', es: 'Tipo de examen' },
      required: true,
      options: [
        { value: 'car', label: { en: 'Car (class D)', es: 'Automóvil (clase D)' } },
        { value: 'motorcycle', label: { en: 'Motorcycle (class M)', es: 'Motocicleta (clase M)' } },
        { value: 'commercial', label: { en: 'Commercial vehicle (class A, B or C)', es: 'Vehículo comercial (clase A, B o C)' } },
      ],
    },
    {
      id: 'permit_number',
      type: 'string',
      label: { en: 'Learner permit number', es: 'Número de permiso de aprendizaje' },
      required: true,
      pattern: LICENCE_PATTERN,
    },
    {
      id: 'test_date',
      type: 'date',
      label: { en: 'Date of your test', es: 'Fecha de su examen' },
      required: false,
      dateRange: 'any',
      requiredWhen: { field: 'request_type', equals: ['reschedule', 'cancel', 'result', 'complaint'] },
    },
    {
      id: 'preferred_days',
      type: 'multi_choice',
      label: { en: 'Which days suit you?', es: '¿Qué días le vienen bien?' },
      required: false,
      options: [
        { value: 'mon', label: { en: 'Monday', es: 'Lunes' } },
        { value: 'tue', label: { en: 'Tuesday', es: 'Martes' } },
        { value: 'wed', label: { en: 'Wednesday', es: 'Miércoles' } },
        { value: 'thu', label: { en: 'Thursday', es: 'Jueves' } },
        { value: 'fri', label: { en: 'Friday', es: 'Viernes' } },
        { value: 'sat', label: { en: 'Saturday morning', es: 'Sábado por la mañana' } },
      ],
      requiredWhen: { field: 'request_type', equals: ['book', 'reschedule'] },
    },
    {
      id: 'details',
      type: 'text',
      label: { en: 'Details', es: 'Detalles' },
      required: false,
      maxLength: 1500,
      requiredWhen: { field: 'request_type', equals: ['accommodation', 'complaint'] },
    },
  ],
};

const transportVehicleRegistration: Service = {
  id: 'transport-vehicle-registration',
  ministryId: 'transport',
  group: { en: 'Vehicles', es: 'Vehículos' },
  name: { en: 'Vehicle registration and plates', es: 'Registro de vehículos y placas' },
  description: {
    en: 'Registration renewals, transfers of ownership, lost or stolen plates and copies of registration certificates.',
    es: 'Renovación del registro, traspasos de propiedad, placas perdidas o robadas y copias del certificado de registro.',
  },
  entityId: 'vehicle-registration',
  contact: 'email_and_phone',
  anonymousAllowed: false,
  location: 'none',
  attachments: { maxFiles: 3, maxBytes: 5 * MB, types: DOCUMENTS },
  responseTargetDays: 5,
  callbacks: true,
  fields: [
    {
      id: 'request_type',
      type: 'single_choice',
      label: { en: 'What is your request about?', es: '¿Sobre qué es su solicitud?' },
      required: true,
      options: [
        { value: 'renewal', label: { en: 'Renewing a registration', es: 'Renovar un registro' } },
        {
          value: 'transfer',
          label: { en: 'Transfer of ownership', es: 'Traspaso de propiedad' },
          prompt: {
            en: 'Attach the title signed by the seller and the bill of sale.',
            es: 'Adjunte el título firmado por el vendedor y la factura de compraventa.',
          },
        },
        {
          value: 'lost_plates',
          label: { en: 'Lost or stolen plates', es: 'Placas perdidas o robadas' },
          prompt: {
            en: 'Stolen plates must be reported to the police first: give the police report number.',
            es: 'Las placas robadas deben denunciarse primero a la policía: indique el número de la denuncia.',
          },
        },
        { value: 'certificate_copy', label: { en: 'Copy of a registration certificate', es: 'Copia del certificado de registro' } },
        {
          value: 'new_registration',
          label: { en: 'Registering a new or imported vehicle', es: 'Registrar un vehículo nuevo o importado' },
          prompt: {
            en: 'Give the 17-character vehicle identification number (VIN) and attach the customs or dealer invoice.',
            es: 'Indique el número de identificación del vehículo (VIN) de 17 caracteres y adjunte la factura de aduana o del concesionario.',
          },
        },
      ],
    },
    {
      id: 'vehicle_type',
      type: 'single_choice',
      label: { en: 'Type of vehicle', es: 'Tipo de vehículo' },
      required: true,
      options: [
        { value: 'car', label: { en: 'Car or SUV', es: 'Automóvil o SUV' } },
        { value: 'motorcycle', label: { en: 'Motorcycle', es: 'Motocicleta' } },
        { value: 'van', label: { en: 'Van or pickup', es: 'Camioneta o pickup' } },
        { value: 'truck', label: { en: 'Truck', es: 'Camión' } },
        { value: 'trailer', label: { en: 'Trailer', es: 'Remolque' } },
      ],
    },
    {
      id: 'plate_number',
      type: 'string',
      label: { en: 'Plate number', es: 'Número de placa' },
      required: false,
      pattern: {
        regex: '^[A-Z0-9]{2,8}$',
        message: {
          en: 'Enter the plate as shown, capital letters and digits only, without spaces or dashes.',
          es: 'Escriba la placa tal como aparece, solo letras mayúsculas y dígitos, sin espacios ni guiones.',
        },
      },
      requiredWhen: { field: 'request_type', equals: ['renewal', 'transfer', 'lost_plates', 'certificate_copy'] },
    },
    {
      id: 'vin',
      type: 'string',
      label: { en: 'Vehicle identification number (VIN)', es: 'Número de identificación del vehículo (VIN)' },
      help: {
        en: 'On the driver’s side of the dashboard, seen through the windscreen.',
        es: 'En el lado del conductor del tablero, visible a través del parabrisas.',
      },
      required: false,
      pattern: {
        regex: '^[A-HJ-NPR-Z0-9]{17}$',
        message: {
          en: 'A VIN has 17 characters and never contains the letters I, O or Q.',
          es: 'El VIN tiene 17 caracteres y nunca contiene las letras I, O ni Q.',
        },
      },
      requiredWhen: { field: 'request_type', equals: ['new_registration'] },
    },
    {
      id: 'police_report_number',
      type: 'string',
      label: { en: 'Police report number', es: 'Número de denuncia policial' },
      required: false,
      maxLength: 30,
      requiredWhen: { field: 'request_type', equals: ['lost_plates'] },
    },
    {
      id: 'details',
      type: 'text',
      label: { en: 'Details', es: 'Detalles' },
      required: false,
      maxLength: 1500,
    },
  ],
};

const transportRoadDefects: Service = {
  id: 'transport-road-defects',
  ministryId: 'transport',
  group: { en: 'Roads', es: 'Carreteras' },
  name: { en: 'Report a pothole or road defect', es: 'Reportar un bache o un daño en la vía' },
  description: {
    en: 'Potholes, sunken or cracked road surface, damaged signs and guardrails, blocked drains and traffic signals that are out.',
    es: 'Baches, pavimento hundido o agrietado, señales y barandas dañadas, desagües tapados y semáforos apagados.',
  },
  entityId: 'road-maintenance',
  contact: 'email_or_phone',
  anonymousAllowed: true,
  location: 'required',
  attachments: { maxFiles: 5, maxBytes: 10 * MB, types: PHOTOS },
  responseTargetDays: 10,
  callbacks: false,
  fields: [
    {
      id: 'defect_type',
      type: 'single_choice',
      label: { en: 'What is the problem?', es: '¿Cuál es el problema?' },
      required: true,
      options: [
        { value: 'pothole', label: { en: 'Pothole', es: 'Bache' } },
        { value: 'cracked_surface', label: { en: 'Cracked or uneven surface', es: 'Pavimento agrietado o desnivelado' } },
        {
          value: 'sinkhole',
          label: { en: 'Road has sunk or collapsed', es: 'La vía se ha hundido o derrumbado' },
          prompt: {
            en: 'If the road is unsafe for traffic, call 911 now, then report it here.',
            es: 'Si la vía no es segura para el tráfico, llame ahora al 911 y después repórtelo aquí.',
          },
        },
        { value: 'damaged_sign', label: { en: 'Damaged or missing sign', es: 'Señal dañada o faltante' } },
        { value: 'guardrail', label: { en: 'Damaged guardrail', es: 'Baranda de protección dañada' } },
        { value: 'blocked_drain', label: { en: 'Blocked drain or flooding', es: 'Desagüe tapado o inundación' } },
        {
          value: 'traffic_signal',
          label: { en: 'Traffic signal not working', es: 'Semáforo que no funciona' },
          prompt: {
            en: 'Say whether all the lights are out or only one direction. Until it is fixed, treat the junction as an all-way stop.',
            es: 'Indique si están apagadas todas las luces o solo las de un sentido. Mientras se repara, trate el cruce como una parada en todas las direcciones.',
          },
        },
        {
          value: 'other',
          label: { en: 'Something else', es: 'Otro problema' },
          prompt: { en: 'Describe the problem in the details box.', es: 'Describa el problema en el cuadro de detalles.' },
        },
      ],
    },
    {
      id: 'size',
      type: 'single_choice',
      label: { en: 'How big is it?', es: '¿De qué tamaño es?' },
      required: false,
      options: [
        { value: 'small', label: { en: 'Smaller than a dinner plate', es: 'Más pequeño que un plato' } },
        { value: 'medium', label: { en: 'About the size of a car tyre', es: 'Del tamaño de una llanta de auto' } },
        { value: 'large', label: { en: 'Larger than a car tyre', es: 'Más grande que una llanta de auto' } },
      ],
      requiredWhen: { field: 'defect_type', equals: ['pothole', 'sinkhole'] },
    },
    {
      id: 'depth_cm',
      type: 'number',
      label: { en: 'Approximate depth in centimetres', es: 'Profundidad aproximada en centímetros' },
      required: false,
      min: 1,
      max: 300,
      integer: true,
    },
    {
      id: 'position',
      type: 'single_choice',
      label: { en: 'Where on the road is it?', es: '¿En qué parte de la vía está?' },
      required: true,
      options: [
        { value: 'traffic_lane', label: { en: 'In a traffic lane', es: 'En un carril de circulación' } },
        { value: 'shoulder', label: { en: 'On the shoulder', es: 'En el acotamiento' } },
        { value: 'bike_lane', label: { en: 'In a bike lane', es: 'En un carril para bicicletas' } },
        { value: 'sidewalk', label: { en: 'On the sidewalk', es: 'En la acera' } },
        { value: 'crossing', label: { en: 'At a pedestrian crossing', es: 'En un cruce peatonal' } },
      ],
    },
    {
      id: 'affects',
      type: 'multi_choice',
      label: { en: 'Who does it put at risk?', es: '¿A quién pone en riesgo?' },
      required: false,
      options: [
        { value: 'drivers', label: { en: 'Drivers', es: 'Conductores' } },
        { value: 'cyclists', label: { en: 'Cyclists and motorcyclists', es: 'Ciclistas y motociclistas' } },
        { value: 'pedestrians', label: { en: 'Pedestrians', es: 'Peatones' } },
        { value: 'wheelchair', label: { en: 'Wheelchair and stroller users', es: 'Usuarios de silla de ruedas y cochecitos' } },
      ],
    },
    {
      id: 'details',
      type: 'text',
      label: { en: 'Details', es: 'Detalles' },
      help: {
        en: 'Landmarks help our crews find it, for example “outside the gas station, eastbound lane”.',
        es: 'Las referencias ayudan a las cuadrillas a encontrarlo, por ejemplo «frente a la gasolinera, carril en dirección este».',
      },
      required: false,
      maxLength: 1000,
      requiredWhen: { field: 'defect_type', equals: ['other'] },
    },
  ],
};

const transportBusService: Service = {
  id: 'transport-bus-service',
  ministryId: 'transport',
  group: { en: 'Public buses', es: 'Autobuses públicos' },
  name: { en: 'Public bus service', es: 'Servicio público de autobuses' },
  description: {
    en: 'Late or missed buses, overcrowding, driver conduct, accessibility, fares and lost property.',
    es: 'Autobuses con retraso o que no pasaron, exceso de pasajeros, conducta del conductor, accesibilidad, tarifas y objetos perdidos.',
  },
  entityId: 'public-bus',
  contact: 'email_or_phone',
  anonymousAllowed: true,
  location: 'optional',
  attachments: { maxFiles: 2, maxBytes: 8 * MB, types: PHOTOS },
  responseTargetDays: 7,
  callbacks: true,
  fields: [
    {
      id: 'issue',
      type: 'single_choice',
      label: { en: 'What happened?', es: '¿Qué ocurrió?' },
      required: true,
      options: [
        { value: 'late', label: { en: 'Bus was late or did not come', es: 'El autobús llegó tarde o no pasó' } },
        { value: 'skipped_stop', label: { en: 'Bus drove past my stop', es: 'El autobús no se detuvo en mi parada' } },
        { value: 'overcrowding', label: { en: 'Bus was too full to board', es: 'El autobús iba demasiado lleno para subir' } },
        {
          value: 'driver_conduct',
          label: { en: 'Driver behaviour', es: 'Comportamiento del conductor' },
          prompt: {
            en: 'Give the bus number shown on the front or side of the bus if you saw it.',
            es: 'Indique el número del autobús que aparece en el frente o en el costado, si lo vio.',
          },
        },
        {
          value: 'accessibility',
          label: { en: 'Ramp, priority seating or announcements', es: 'Rampa, asientos preferentes o anuncios' },
          prompt: {
            en: 'Tell us what was not working or not offered.',
            es: 'Indíquenos qué no funcionaba o no se le ofreció.',
          },
        },
        { value: 'fare', label: { en: 'Fare or fare card problem', es: 'Problema con la tarifa o la tarjeta' } },
        {
          value: 'lost_property',
          label: { en: 'I left something on a bus', es: 'Olvidé algo en un autobús' },
          prompt: {
            en: 'Describe the item: colour, brand and what was inside. We keep lost property for 30 days.',
            es: 'Describa el objeto: color, marca y qué contenía. Guardamos los objetos perdidos durante 30 días.',
          },
        },
        {
          value: 'other',
          label: { en: 'Something else', es: 'Otra cosa' },
          prompt: { en: 'Tell us what happened in the details box.', es: 'Cuéntenos lo ocurrido en el cuadro de detalles.' },
        },
      ],
    },
    {
      id: 'route',
      type: 'string',
      label: { en: 'Route number', es: 'Número de ruta' },
      required: true,
      pattern: {
        regex: '^[A-Z]{0,2}[0-9]{1,3}[A-Z]?$',
        message: {
          en: 'Enter the route number shown on the bus, for example 12, X27 or M15.',
          es: 'Escriba el número de ruta que aparece en el autobús, por ejemplo 12, X27 o M15.',
        },
      },
    },
    {
      id: 'incident_date',
      type: 'date',
      label: { en: 'Date', es: 'Fecha' },
      required: true,
      dateRange: 'past',
    },
    {
      id: 'incident_time',
      type: 'string',
      label: { en: 'Approximate time', es: 'Hora aproximada' },
      help: { en: '24-hour clock, for example 17:40.', es: 'Formato de 24 horas, por ejemplo 17:40.' },
      required: false,
      pattern: {
        regex: '^([01][0-9]|2[0-3]):[0-5][0-9]$',
        message: {
          en: 'Enter the time as hours and minutes, for example 08:45 or 17:40.',
          es: 'Escriba la hora en horas y minutos, por ejemplo 08:45 o 17:40.',
        },
      },
    },
    {
      id: 'bus_number',
      type: 'string',
      label: { en: 'Bus number', es: 'Número del autobús' },
      required: false,
      pattern: {
        regex: '^[0-9]{4}$',
        message: { en: 'The bus number has four digits, for example 4127.', es: 'El número del autobús tiene cuatro dígitos, por ejemplo 4127.' },
      },
    },
    {
      id: 'item_description',
      type: 'text',
      label: { en: 'Describe the lost item', es: 'Describa el objeto perdido' },
      required: false,
      maxLength: 500,
      requiredWhen: { field: 'issue', equals: ['lost_property'] },
    },
    {
      id: 'details',
      type: 'text',
      label: { en: 'Tell us more', es: 'Cuéntenos más' },
      required: true,
      minLength: 10,
      maxLength: 2000,
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Civil registry (en, ar)
// ---------------------------------------------------------------------------------------------

const ORDER_NUMBER_PATTERN: NonNullable<Service['fields'][number]['pattern']> = {
  regex: '^ORD-?[0-9]{8}$',
  message: {
    en: 'Your order number is ORD followed by 8 digits, for example ORD-20261234. It is in your confirmation email.',
    ar: 'رقم طلبك يبدأ بالأحرف ORD يليها 8 أرقام، مثل ORD-20261234، وتجده في رسالة التأكيد الإلكترونية.',
  },
};

const CERTIFICATE_ENQUIRY_OPTIONS: NonNullable<Service['fields'][number]['options']> = [
  { value: 'order', label: { en: 'Order a certificate', ar: 'طلب شهادة' } },
  {
    value: 'status',
    label: { en: 'Check an order I have placed', ar: 'الاستعلام عن طلب قدمته' },
    prompt: {
      en: 'Give your order number so we can find it straight away.',
      ar: 'أدخل رقم طلبك لنتمكن من العثور عليه فورًا.',
    },
  },
  {
    value: 'not_received',
    label: { en: 'My certificate has not arrived', ar: 'لم تصلني الشهادة' },
    prompt: {
      en: 'Give your order number and check the delivery address: we can reissue once, free of charge, 10 working days after dispatch.',
      ar: 'أدخل رقم طلبك وتحقق من عنوان التسليم: يمكننا إعادة إصدار الشهادة مرة واحدة مجانًا بعد مرور 10 أيام عمل على إرسالها.',
    },
  },
];

const CERTIFICATE_FORMAT_OPTIONS: NonNullable<Service['fields'][number]['options']> = [
  { value: 'standard', label: { en: 'Certified copy', ar: 'نسخة مصدّقة' } },
  {
    value: 'apostille',
    label: { en: 'Certified copy with apostille, for use abroad', ar: 'نسخة مصدّقة مع أبوستيل، للاستخدام في الخارج' },
    prompt: {
      en: 'Tell us the country where you will use it: some countries also need a certified translation.',
      ar: 'اذكر البلد الذي ستستخدم فيه الشهادة: بعض الدول تشترط أيضًا ترجمة معتمدة.',
    },
  },
];

const civilBirthCertificate: Service = {
  id: 'civil-birth-certificate',
  ministryId: 'civil-registry',
  group: { en: 'Certificates', ar: 'الشهادات' },
  name: { en: 'Birth certificates', ar: 'شهادات الميلاد' },
  description: {
    en: 'Order a copy of a birth certificate, or ask about an order you have already placed.',
    ar: 'اطلب نسخة من شهادة ميلاد، أو استفسر عن طلب قدمته من قبل.',
  },
  entityId: 'certificates',
  contact: 'email_and_phone',
  anonymousAllowed: false,
  location: 'none',
  attachments: { maxFiles: 2, maxBytes: 5 * MB, types: DOCUMENTS },
  responseTargetDays: 10,
  callbacks: true,
  fields: [
    {
      id: 'enquiry_type',
      type: 'single_choice',
      label: { en: 'What do you need?', ar: 'ماذا تحتاج؟' },
      required: true,
      options: CERTIFICATE_ENQUIRY_OPTIONS,
    },
    {
      id: 'order_number',
      type: 'string',
      label: { en: 'Order number', ar: 'رقم الطلب' },
      required: false,
      pattern: ORDER_NUMBER_PATTERN,
      requiredWhen: { field: 'enquiry_type', equals: ['status', 'not_received'] },
    },
    {
      id: 'name_at_birth',
      type: 'string',
      label: { en: 'Full name at birth', ar: 'الاسم الكامل عند الولادة' },
      help: { en: 'As it was registered, even if it has changed since.', ar: 'كما سُجّل عند الولادة، حتى لو تغيّر لاحقًا.' },
      required: true,
      minLength: 2,
      maxLength: 150,
    },
    {
      id: 'date_of_birth',
      type: 'date',
      label: { en: 'Date of birth', ar: 'تاريخ الميلاد' },
      required: true,
      dateRange: 'past',
    },
    {
      id: 'place_of_birth',
      type: 'string',
      label: { en: 'Place of birth (town or hospital)', ar: 'مكان الولادة (المدينة أو المستشفى)' },
      required: false,
      maxLength: 120,
      requiredWhen: { field: 'enquiry_type', equals: ['order'] },
    },
    {
      id: 'mother_name',
      type: 'string',
      label: { en: "Mother's full name, including her surname before marriage", ar: 'اسم الأم الكامل، بما في ذلك اسم عائلتها قبل الزواج' },
      required: false,
      maxLength: 150,
      requiredWhen: { field: 'enquiry_type', equals: ['order'] },
    },
    {
      id: 'certificate_length',
      type: 'single_choice',
      label: { en: 'Which certificate?', ar: 'أي شهادة؟' },
      required: false,
      options: [
        { value: 'short', label: { en: 'Short (no parents’ details)', ar: 'مختصرة (دون بيانات الوالدين)' } },
        { value: 'full', label: { en: 'Full (with parents’ details)', ar: 'كاملة (مع بيانات الوالدين)' } },
      ],
      requiredWhen: { field: 'enquiry_type', equals: ['order'] },
    },
    {
      id: 'format',
      type: 'single_choice',
      label: { en: 'Where will you use it?', ar: 'أين ستستخدمها؟' },
      required: false,
      options: CERTIFICATE_FORMAT_OPTIONS,
      requiredWhen: { field: 'enquiry_type', equals: ['order'] },
    },
    {
      id: 'copies',
      type: 'number',
      label: { en: 'Number of copies', ar: 'عدد النسخ' },
      required: false,
      min: 1,
      max: 10,
      integer: true,
      requiredWhen: { field: 'enquiry_type', equals: ['order'] },
    },
    {
      id: 'relationship',
      type: 'single_choice',
      label: { en: 'Whose certificate is it?', ar: 'لمن هذه الشهادة؟' },
      required: true,
      options: [
        { value: 'self', label: { en: 'Mine', ar: 'شهادتي' } },
        { value: 'child', label: { en: 'My child’s', ar: 'شهادة طفلي' } },
        { value: 'parent', label: { en: 'My parent’s', ar: 'شهادة أحد والديّ' } },
        {
          value: 'representative',
          label: { en: 'Someone I act for legally', ar: 'شخص أمثّله قانونيًا' },
          prompt: {
            en: 'Attach proof that you act for them, such as a power of attorney or court order.',
            ar: 'أرفق ما يثبت أنك تمثّله، مثل توكيل رسمي أو أمر محكمة.',
          },
        },
        {
          value: 'other',
          label: { en: 'Someone else', ar: 'شخص آخر' },
          prompt: {
            en: 'Tell us why you need it in the details box.',
            ar: 'اذكر سبب حاجتك إليها في خانة التفاصيل.',
          },
        },
      ],
    },
    {
      id: 'details',
      type: 'text',
      label: { en: 'Details', ar: 'التفاصيل' },
      required: false,
      maxLength: 1000,
      requiredWhen: { field: 'relationship', equals: ['other'] },
    },
  ],
};

const civilMarriageCertificate: Service = {
  id: 'civil-marriage-certificate',
  ministryId: 'civil-registry',
  group: { en: 'Certificates', ar: 'الشهادات' },
  name: { en: 'Marriage and civil partnership certificates', ar: 'شهادات الزواج والشراكة المدنية' },
  description: {
    en: 'Order a copy of a marriage or civil partnership certificate, or ask about an order you have placed.',
    ar: 'اطلب نسخة من شهادة زواج أو شراكة مدنية، أو استفسر عن طلب قدمته.',
  },
  entityId: 'certificates',
  contact: 'email_and_phone',
  anonymousAllowed: false,
  location: 'none',
  attachments: { maxFiles: 2, maxBytes: 5 * MB, types: DOCUMENTS },
  responseTargetDays: 10,
  callbacks: true,
  fields: [
    {
      id: 'enquiry_type',
      type: 'single_choice',
      label: { en: 'What do you need?', ar: 'ماذا تحتاج؟' },
      required: true,
      options: CERTIFICATE_ENQUIRY_OPTIONS,
    },
    {
      id: 'order_number',
      type: 'string',
      label: { en: 'Order number', ar: 'رقم الطلب' },
      required: false,
      pattern: ORDER_NUMBER_PATTERN,
      requiredWhen: { field: 'enquiry_type', equals: ['status', 'not_received'] },
    },
    {
      id: 'partner_1_name',
      type: 'string',
      label: { en: 'Full name of the first partner at the time of marriage', ar: 'الاسم الكامل للطرف الأول وقت الزواج' },
      required: true,
      maxLength: 150,
    },
    {
      id: 'partner_2_name',
      type: 'string',
      label: { en: 'Full name of the second partner at the time of marriage', ar: 'الاسم الكامل للطرف الثاني وقت الزواج' },
      required: true,
      maxLength: 150,
    },
    {
      id: 'date_of_marriage',
      type: 'date',
      label: { en: 'Date of the marriage or civil partnership', ar: 'تاريخ الزواج أو الشراكة المدنية' },
      required: true,
      dateRange: 'past',
    },
    {
      id: 'place_of_marriage',
      type: 'string',
      label: { en: 'Where it took place', ar: 'مكان عقده' },
      help: { en: 'Name of the register office, church or venue, and the town.', ar: 'اسم مكتب التسجيل أو الكنيسة أو القاعة، واسم المدينة.' },
      required: false,
      maxLength: 150,
      requiredWhen: { field: 'enquiry_type', equals: ['order'] },
    },
    {
      id: 'format',
      type: 'single_choice',
      label: { en: 'Where will you use it?', ar: 'أين ستستخدمها؟' },
      required: false,
      options: CERTIFICATE_FORMAT_OPTIONS,
      requiredWhen: { field: 'enquiry_type', equals: ['order'] },
    },
    {
      id: 'copies',
      type: 'number',
      label: { en: 'Number of copies', ar: 'عدد النسخ' },
      required: false,
      min: 1,
      max: 10,
      integer: true,
      requiredWhen: { field: 'enquiry_type', equals: ['order'] },
    },
    {
      id: 'details',
      type: 'text',
      label: { en: 'Details', ar: 'التفاصيل' },
      required: false,
      maxLength: 1000,
    },
  ],
};

const civilDeathCertificate: Service = {
  id: 'civil-death-certificate',
  ministryId: 'civil-registry',
  group: { en: 'Certificates', ar: 'الشهادات' },
  name: { en: 'Death certificates', ar: 'شهادات الوفاة' },
  description: {
    en: 'Order copies of a death certificate for the bank, a pension, insurance or probate, or ask about an order.',
    ar: 'اطلب نسخًا من شهادة وفاة للبنك أو المعاش أو التأمين أو إجراءات التركة، أو استفسر عن طلب قدمته.',
  },
  entityId: 'deaths',
  contact: 'email_and_phone',
  anonymousAllowed: false,
  location: 'none',
  attachments: { maxFiles: 2, maxBytes: 5 * MB, types: DOCUMENTS },
  responseTargetDays: 5,
  callbacks: true,
  fields: [
    {
      id: 'enquiry_type',
      type: 'single_choice',
      label: { en: 'What do you need?', ar: 'ماذا تحتاج؟' },
      required: true,
      options: CERTIFICATE_ENQUIRY_OPTIONS,
    },
    {
      id: 'order_number',
      type: 'string',
      label: { en: 'Order number', ar: 'رقم الطلب' },
      required: false,
      pattern: ORDER_NUMBER_PATTERN,
      requiredWhen: { field: 'enquiry_type', equals: ['status', 'not_received'] },
    },
    {
      id: 'deceased_name',
      type: 'string',
      label: { en: 'Full name of the person who died', ar: 'الاسم الكامل للمتوفى' },
      required: true,
      maxLength: 150,
    },
    {
      id: 'date_of_death',
      type: 'date',
      label: { en: 'Date of death', ar: 'تاريخ الوفاة' },
      required: true,
      dateRange: 'past',
    },
    {
      id: 'place_of_death',
      type: 'string',
      label: { en: 'Place of death (town or hospital)', ar: 'مكان الوفاة (المدينة أو المستشفى)' },
      required: false,
      maxLength: 120,
      requiredWhen: { field: 'enquiry_type', equals: ['order'] },
    },
    {
      id: 'relationship',
      type: 'single_choice',
      label: { en: 'Your relationship to the person who died', ar: 'صلتك بالمتوفى' },
      required: true,
      options: [
        { value: 'spouse', label: { en: 'Husband, wife or civil partner', ar: 'زوج أو زوجة أو شريك مدني' } },
        { value: 'child', label: { en: 'Son or daughter', ar: 'ابن أو ابنة' } },
        { value: 'parent', label: { en: 'Parent', ar: 'أحد الوالدين' } },
        { value: 'sibling', label: { en: 'Brother or sister', ar: 'أخ أو أخت' } },
        { value: 'executor', label: { en: 'Executor or solicitor', ar: 'منفّذ الوصية أو محامٍ' } },
        { value: 'funeral_director', label: { en: 'Funeral director', ar: 'مدير دار الجنازات' } },
        {
          value: 'other',
          label: { en: 'Other', ar: 'أخرى' },
          prompt: { en: 'Tell us your relationship in the details box.', ar: 'اذكر صلتك بالمتوفى في خانة التفاصيل.' },
        },
      ],
    },
    {
      id: 'purposes',
      type: 'multi_choice',
      label: { en: 'What do you need the certificates for?', ar: 'لأي غرض تحتاج الشهادات؟' },
      help: {
        en: 'This helps us suggest how many copies you need.',
        ar: 'يساعدنا ذلك على اقتراح عدد النسخ التي تحتاجها.',
      },
      required: false,
      options: [
        { value: 'probate', label: { en: 'Probate or the will', ar: 'إثبات الوصية أو التركة' } },
        { value: 'bank', label: { en: 'Banks and building societies', ar: 'البنوك وجمعيات الإقراض' } },
        { value: 'pension', label: { en: 'Pensions', ar: 'المعاشات' } },
        { value: 'insurance', label: { en: 'Life insurance', ar: 'التأمين على الحياة' } },
        {
          value: 'repatriation',
          label: { en: 'Burial or cremation abroad', ar: 'الدفن أو حرق الجثمان في الخارج' },
          prompt: {
            en: 'Repatriation needs a certified copy with an apostille; choose that option above and say which country.',
            ar: 'يتطلب نقل الجثمان إلى الخارج نسخة مصدّقة مع أبوستيل؛ اختر هذا الخيار أعلاه واذكر البلد.',
          },
        },
        {
          value: 'other',
          label: { en: 'Other', ar: 'أخرى' },
          prompt: { en: 'Tell us the purpose in the details box.', ar: 'اذكر الغرض في خانة التفاصيل.' },
        },
      ],
    },
    {
      id: 'format',
      type: 'single_choice',
      label: { en: 'Where will you use it?', ar: 'أين ستستخدمها؟' },
      required: false,
      options: CERTIFICATE_FORMAT_OPTIONS,
      requiredWhen: { field: 'enquiry_type', equals: ['order'] },
    },
    {
      id: 'copies',
      type: 'number',
      label: { en: 'Number of copies', ar: 'عدد النسخ' },
      required: false,
      min: 1,
      max: 10,
      integer: true,
      requiredWhen: { field: 'enquiry_type', equals: ['order'] },
    },
    {
      id: 'details',
      type: 'text',
      label: { en: 'Details', ar: 'التفاصيل' },
      required: false,
      maxLength: 1000,
      requiredWhen: { field: 'relationship', equals: ['other'] },
    },
  ],
};

const civilCertificateCorrection: Service = {
  id: 'civil-certificate-correction',
  ministryId: 'civil-registry',
  group: { en: 'Corrections', ar: 'التصحيحات' },
  name: { en: 'Correct a mistake on a certificate', ar: 'تصحيح خطأ في شهادة' },
  description: {
    en: 'Apply to correct a spelling mistake or wrong detail in a birth, marriage or death registration.',
    ar: 'قدّم طلبًا لتصحيح خطأ إملائي أو معلومة خاطئة في قيد ميلاد أو زواج أو وفاة.',
  },
  entityId: 'amendments',
  contact: 'email_and_phone',
  anonymousAllowed: false,
  location: 'none',
  attachments: { maxFiles: 5, maxBytes: 10 * MB, types: DOCUMENTS },
  responseTargetDays: 20,
  callbacks: true,
  fields: [
    {
      id: 'certificate_kind',
      type: 'single_choice',
      label: { en: 'Which registration has the mistake?', ar: 'أي قيد يحتوي على الخطأ؟' },
      required: true,
      options: [
        { value: 'birth', label: { en: 'Birth', ar: 'ميلاد' } },
        { value: 'marriage', label: { en: 'Marriage or civil partnership', ar: 'زواج أو شراكة مدنية' } },
        { value: 'death', label: { en: 'Death', ar: 'وفاة' } },
      ],
    },
    {
      id: 'entry_number',
      type: 'string',
      label: { en: 'Registration entry number', ar: 'رقم القيد' },
      help: {
        en: 'The year and entry number printed at the top of the certificate, for example 2019/004521.',
        ar: 'السنة ورقم القيد المطبوعان أعلى الشهادة، مثل 2019/004521.',
      },
      required: true,
      pattern: {
        regex: '^(18|19|20)[0-9]{2}/[0-9]{1,6}$',
        message: {
          en: 'Enter the year, a slash and the entry number, for example 2019/004521.',
          ar: 'أدخل السنة ثم شرطة مائلة ثم رقم القيد، مثل 2019/004521.',
        },
      },
    },
    {
      id: 'wrong_details',
      type: 'multi_choice',
      label: { en: 'What is wrong?', ar: 'ما الخطأ؟' },
      required: true,
      options: [
        { value: 'name_spelling', label: { en: 'Spelling of a name', ar: 'تهجئة اسم' } },
        { value: 'date', label: { en: 'A date', ar: 'تاريخ' } },
        { value: 'place', label: { en: 'A place', ar: 'مكان' } },
        { value: 'parent_details', label: { en: 'A parent’s details', ar: 'بيانات أحد الوالدين' } },
        { value: 'occupation', label: { en: 'An occupation', ar: 'مهنة' } },
        {
          value: 'other',
          label: { en: 'Something else', ar: 'شيء آخر' },
          prompt: {
            en: 'Tell us which entry on the certificate is wrong in the details box.',
            ar: 'اذكر في خانة التفاصيل أي خانة في الشهادة تحتوي على الخطأ.',
          },
        },
      ],
    },
    {
      id: 'current_entry',
      type: 'string',
      label: { en: 'What the certificate says now', ar: 'ما هو مكتوب في الشهادة حاليًا' },
      required: true,
      maxLength: 200,
    },
    {
      id: 'correct_entry',
      type: 'string',
      label: { en: 'What it should say', ar: 'ما يجب أن يُكتب' },
      required: true,
      maxLength: 200,
    },
    {
      id: 'cause',
      type: 'single_choice',
      label: { en: 'How did the mistake happen?', ar: 'كيف وقع الخطأ؟' },
      required: true,
      options: [
        { value: 'registrar', label: { en: 'The registrar wrote it down wrongly', ar: 'أخطأ موظف التسجيل في تدوينه' } },
        { value: 'informant', label: { en: 'Wrong information was given at registration', ar: 'قُدّمت معلومات خاطئة عند التسجيل' } },
        {
          value: 'later_change',
          label: { en: 'It was right then but has changed since', ar: 'كان صحيحًا وقتها لكنه تغيّر لاحقًا' },
          prompt: {
            en: 'A later change, such as a new name by deed poll, is not a correction: the register records the facts at the time. Ask us about your options in the details box.',
            ar: 'التغيير اللاحق، مثل تغيير الاسم بوثيقة رسمية، لا يُعدّ تصحيحًا، لأن السجل يدوّن الوقائع كما كانت وقت التسجيل. اسألنا عن الخيارات المتاحة في خانة التفاصيل.',
          },
        },
      ],
    },
    {
      id: 'details',
      type: 'text',
      label: { en: 'Details', ar: 'التفاصيل' },
      help: {
        en: 'Attach evidence from the time, such as a passport or school record showing the correct detail.',
        ar: 'أرفق مستندات تعود إلى تلك الفترة، مثل جواز سفر أو سجل مدرسي يُظهر المعلومة الصحيحة.',
      },
      required: false,
      maxLength: 2000,
      requiredWhen: { field: 'wrong_details', equals: ['other'] },
    },
  ],
};

const civilRegistryEnquiry: Service = {
  id: 'civil-registry-enquiry',
  ministryId: 'civil-registry',
  group: { en: 'General enquiries', ar: 'استفسارات عامة' },
  name: { en: 'Requirements and general questions', ar: 'المتطلبات والأسئلة العامة' },
  description: {
    en: 'Ask what you need to register a birth or death, give notice of marriage or use a certificate abroad.',
    ar: 'اسأل عمّا تحتاجه لتسجيل ميلاد أو وفاة، أو لتقديم إشعار الزواج، أو لاستخدام شهادة في الخارج.',
  },
  entityId: 'certificates',
  contact: 'email_or_phone',
  anonymousAllowed: true,
  location: 'none',
  attachments: NO_ATTACHMENTS,
  responseTargetDays: 5,
  callbacks: true,
  fields: [
    {
      id: 'topic',
      type: 'single_choice',
      label: { en: 'What is your question about?', ar: 'بماذا يتعلق سؤالك؟' },
      required: true,
      options: [
        { value: 'register_birth', label: { en: 'Registering a birth', ar: 'تسجيل مولود' } },
        { value: 'register_death', label: { en: 'Registering a death', ar: 'تسجيل وفاة' } },
        { value: 'notice_of_marriage', label: { en: 'Giving notice of marriage', ar: 'تقديم إشعار الزواج' } },
        { value: 'certificates', label: { en: 'Certificates and fees', ar: 'الشهادات والرسوم' } },
        { value: 'abroad', label: { en: 'Using a certificate abroad', ar: 'استخدام شهادة في الخارج' } },
        {
          value: 'late_registration',
          label: { en: 'A birth or death that was never registered', ar: 'ميلاد أو وفاة لم يُسجَّل قط' },
          prompt: {
            en: 'Tell us the year and the place of the birth or death.',
            ar: 'اذكر سنة الميلاد أو الوفاة ومكانه.',
          },
        },
        { value: 'other', label: { en: 'Something else', ar: 'موضوع آخر' } },
      ],
    },
    {
      id: 'event_year',
      type: 'number',
      label: { en: 'Year of the birth or death', ar: 'سنة الميلاد أو الوفاة' },
      required: false,
      min: 1850,
      integer: true,
      requiredWhen: { field: 'topic', equals: ['late_registration'] },
    },
    {
      id: 'question',
      type: 'text',
      label: { en: 'Your question', ar: 'سؤالك' },
      required: true,
      minLength: 10,
      maxLength: 2000,
    },
  ],
};

/** The seed services of every ministry; ids are unique across ministries. */
export const services: Service[] = [
  healthClinicServices,
  healthHospitalWaitingTimes,
  healthVaccination,
  healthCard,
  healthEnvironmental,
  healthUrgentCare,
  transportLicenceStatus,
  transportDrivingTest,
  transportVehicleRegistration,
  transportRoadDefects,
  transportBusService,
  civilBirthCertificate,
  civilMarriageCertificate,
  civilDeathCertificate,
  civilCertificateCorrection,
  civilRegistryEnquiry,
];
