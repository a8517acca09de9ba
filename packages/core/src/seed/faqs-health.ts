import type { FaqEntry } from '@civic-contact/contract';

const CLINICS = { en: 'Clinics and appointments', fr: 'Cliniques et rendez-vous' };
const HOSPITALS = { en: 'Hospitals and waiting times', fr: "Hôpitaux et temps d'attente" };
const VACCINATION = { en: 'Vaccination', fr: 'Vaccination' };
const HEALTH_CARD = { en: 'Health card', fr: 'Carte santé' };
const ENVIRONMENTAL = { en: 'Environmental health', fr: 'Santé environnementale' };
const CONTACT = { en: 'Contacting us', fr: 'Nous joindre' };

/** Frequently asked questions of the Ministry of Health and Wellness (English and French). */
export const healthFaqs: FaqEntry[] = [
  {
    id: 'health-001',
    ministryId: 'health',
    category: CLINICS,
    serviceId: 'health-clinic-services',
    question: {
      en: 'What are the opening hours of the wellness centres and polyclinics?',
      fr: "Quelles sont les heures d'ouverture des centres de santé et des polycliniques ?",
    },
    answerHtml: {
      en: `<p>Wellness centres are open <strong>Monday to Friday, 8:00 am to 4:30 pm</strong>. The polyclinics in Gros Islet and Dennery stay open until 8:00 pm on weekdays and open on <strong>Saturdays from 8:00 am to 12:00 noon</strong>.</p><p>All clinics are closed on public holidays. Arrive at least 30 minutes before closing time if you do not have an appointment, as the last patients are registered then. Outside these hours, go to the emergency department of the nearest hospital or call 911 in an emergency.</p>`,
      fr: `<p>Les centres de santé sont ouverts <strong>du lundi au vendredi, de 8 h à 16 h 30</strong>. Les polycliniques de Gros Islet et de Dennery restent ouvertes jusqu'à 20 h en semaine et ouvrent le <strong>samedi de 8 h à midi</strong>.</p><p>Toutes les cliniques sont fermées les jours fériés. Sans rendez-vous, présentez-vous au moins 30 minutes avant la fermeture, car c'est l'heure à laquelle les derniers patients sont inscrits. En dehors de ces heures, rendez-vous aux urgences de l'hôpital le plus proche ou composez le 911 en cas d'urgence.</p>`,
    },
    keywords: ['opening times', 'hours', 'clinic hours', 'polyclinic', 'horaires', 'heures'],
    updatedAt: '2026-09-14T09:30:00Z',
  },
  {
    id: 'health-002',
    ministryId: 'health',
    category: CLINICS,
    serviceId: 'health-clinic-services',
    question: {
      en: 'Do I need an appointment to see a doctor at my local clinic?',
      fr: 'Dois-je prendre rendez-vous pour voir un médecin à ma clinique de quartier ?',
    },
    answerHtml: {
      en: `<p>You do not need an appointment for a <strong>walk-in consultation</strong>: patients are seen in order of arrival, except for urgent cases. Walk-in places are limited each day, so come early.</p><p>Appointments are needed for:</p><ul><li>antenatal and child health clinics</li><li>diabetes and blood pressure reviews</li><li>dental care and mental health services</li></ul><p>Book by calling your clinic or the contact centre on 555-0311. Please cancel at least one day ahead so your slot can go to someone else.</p>`,
      fr: `<p>Aucun rendez-vous n'est nécessaire pour une <strong>consultation sans rendez-vous</strong> : les patients sont reçus par ordre d'arrivée, sauf les cas urgents. Le nombre de places est limité chaque jour, venez donc tôt.</p><p>Un rendez-vous est nécessaire pour :</p><ul><li>les consultations prénatales et de santé de l'enfant</li><li>le suivi du diabète et de la tension artérielle</li><li>les soins dentaires et les services de santé mentale</li></ul><p>Prenez rendez-vous en appelant votre clinique ou le centre de contact au 555-0311. Annulez au moins un jour à l'avance pour que votre créneau profite à quelqu'un d'autre.</p>`,
    },
    keywords: ['walk-in', 'book doctor', 'appointment', 'sans rendez-vous', 'rdv'],
    updatedAt: '2026-09-14T09:30:00Z',
  },
  {
    id: 'health-003',
    ministryId: 'health',
    category: CLINICS,
    question: {
      en: 'How much does it cost to see a doctor at a public clinic?',
      fr: 'Combien coûte une consultation dans une clinique publique ?',
    },
    answerHtml: {
      en: `<p>A consultation at a wellness centre or polyclinic costs <strong>EC$10</strong>. It is <strong>free</strong> for:</p><ul><li>children under 18</li><li>adults aged 60 and over</li><li>pregnant women</li><li>people registered with the social assistance programme</li></ul><p>Medicines prescribed at the clinic cost EC$5 per item from the clinic pharmacy. Bring your health card to every visit: without it you may be asked to pay the full charge and claim it back later.</p>`,
      fr: `<p>Une consultation dans un centre de santé ou une polyclinique coûte <strong>10 EC$</strong>. Elle est <strong>gratuite</strong> pour :</p><ul><li>les enfants de moins de 18 ans</li><li>les adultes de 60 ans et plus</li><li>les femmes enceintes</li><li>les personnes inscrites au programme d'aide sociale</li></ul><p>Les médicaments prescrits à la clinique coûtent 5 EC$ par article à la pharmacie de la clinique. Apportez votre carte santé à chaque visite : sans elle, on pourrait vous demander de payer le plein tarif et de vous faire rembourser ensuite.</p>`,
    },
    keywords: ['fee', 'price', 'charge', 'free', 'tarif', 'prix', 'gratuit'],
    updatedAt: '2026-08-03T14:00:00Z',
  },
  {
    id: 'health-004',
    ministryId: 'health',
    category: CLINICS,
    question: {
      en: 'What should I bring to my first clinic appointment?',
      fr: 'Que dois-je apporter à mon premier rendez-vous à la clinique ?',
    },
    answerHtml: {
      en: `<p>Please bring:</p><ul><li>your <strong>health card</strong>, or your national ID card if you are still waiting for it</li><li>a list of the medicines you take, or the boxes themselves</li><li>any letters, test results or X-rays from other doctors</li><li>for children, the <strong>child health passport</strong> (the vaccination booklet)</li></ul><p>If you need an interpreter, including sign language, tell the clinic when you book so one can be arranged at no cost to you.</p>`,
      fr: `<p>Veuillez apporter :</p><ul><li>votre <strong>carte santé</strong>, ou votre carte d'identité nationale si vous ne l'avez pas encore reçue</li><li>la liste des médicaments que vous prenez, ou les boîtes elles-mêmes</li><li>les lettres, résultats d'analyses ou radiographies d'autres médecins</li><li>pour les enfants, le <strong>carnet de santé de l'enfant</strong> (carnet de vaccination)</li></ul><p>Si vous avez besoin d'un interprète, y compris en langue des signes, prévenez la clinique au moment de prendre rendez-vous : il sera organisé gratuitement.</p>`,
    },
    keywords: ['documents', 'what to bring', 'first visit', 'interpreter', 'quoi apporter'],
    updatedAt: '2026-08-03T14:00:00Z',
  },
  {
    id: 'health-005',
    ministryId: 'health',
    category: CLINICS,
    serviceId: 'health-clinic-services',
    question: {
      en: 'The clinic pharmacy has run out of my medicine. What can I do?',
      fr: "La pharmacie de la clinique n'a plus mon médicament. Que puis-je faire ?",
    },
    answerHtml: {
      en: `<p>Ask the pharmacist to check stock at another public pharmacy: they can transfer your prescription the same day. If no public pharmacy has it, the pharmacist can give you a <strong>stock-out slip</strong> so that you can buy it at a private pharmacy and claim back the difference within 30 days.</p><p>If you are told a medicine is unavailable more than once, report it using the <a href="https://health.example.gov/contact/clinic-services">clinic services form</a> and choose “Medicine not available”. Give the name and strength of the medicine so we can follow it up with the central medical stores.</p>`,
      fr: `<p>Demandez au pharmacien de vérifier le stock d'une autre pharmacie publique : il peut transférer votre ordonnance le jour même. Si aucune pharmacie publique ne l'a, le pharmacien peut vous remettre un <strong>bon de rupture de stock</strong> pour l'acheter dans une pharmacie privée et vous faire rembourser la différence dans les 30 jours.</p><p>Si l'on vous dit plus d'une fois qu'un médicament n'est pas disponible, signalez-le au moyen du <a href="https://health.example.gov/contact/clinic-services">formulaire des services cliniques</a> en choisissant « Médicament non disponible ». Indiquez le nom et le dosage du médicament pour que nous puissions assurer le suivi avec la centrale d'achat des médicaments.</p>`,
    },
    keywords: ['out of stock', 'prescription', 'refill', 'pharmacy', 'rupture de stock', 'ordonnance'],
    updatedAt: '2026-10-21T11:15:00Z',
  },
  {
    id: 'health-006',
    ministryId: 'health',
    category: CLINICS,
    serviceId: 'health-clinic-services',
    question: {
      en: 'How do I make a complaint about a clinic or a member of staff?',
      fr: "Comment porter plainte au sujet d'une clinique ou d'un membre du personnel ?",
    },
    answerHtml: {
      en: `<p>First speak to the nurse in charge at the clinic: many problems can be put right the same day. If that does not resolve it, use the <a href="https://health.example.gov/contact/clinic-services">clinic services form</a> or call 555-0311.</p><p>Tell us the clinic, the date and time of your visit and what happened. You will get a <strong>reference number</strong> straight away, and the Patient Relations Office will reply within <strong>10 working days</strong>. You may complain without giving your name, but then we cannot tell you the outcome.</p>`,
      fr: `<p>Adressez-vous d'abord à l'infirmière responsable de la clinique : beaucoup de problèmes se règlent le jour même. Si cela ne suffit pas, utilisez le <a href="https://health.example.gov/contact/clinic-services">formulaire des services cliniques</a> ou appelez le 555-0311.</p><p>Indiquez la clinique, la date et l'heure de votre visite et ce qui s'est passé. Vous recevrez immédiatement un <strong>numéro de référence</strong>, et le Bureau des relations avec les patients vous répondra dans un délai de <strong>10 jours ouvrables</strong>. Vous pouvez porter plainte sans donner votre nom, mais nous ne pourrons alors pas vous informer du résultat.</p>`,
    },
    keywords: ['complain', 'complaint', 'rude nurse', 'bad service', 'plainte', 'réclamation'],
    updatedAt: '2026-10-21T11:15:00Z',
  },
  {
    id: 'health-007',
    ministryId: 'health',
    category: HOSPITALS,
    serviceId: 'health-hospital-waiting-times',
    question: {
      en: 'How long will I have to wait in the emergency department?',
      fr: 'Combien de temps vais-je attendre aux urgences ?',
    },
    answerHtml: {
      en: `<p>Waiting times depend on how unwell you are, not on when you arrive. A triage nurse assesses every patient and gives a priority level from 1 to 5:</p><ul><li>levels 1 and 2 (life-threatening): seen immediately or within 15 minutes</li><li>level 3 (urgent): within 1 hour</li><li>levels 4 and 5 (less urgent): usually within 4 hours, longer at busy times</li></ul><p>Current average waits for each hospital are published every hour on the <a href="https://health.example.gov/hospitals/wait-times">hospital wait times page</a>. For minor illnesses, a polyclinic is often faster.</p>`,
      fr: `<p>Le temps d'attente dépend de la gravité de votre état, et non de votre heure d'arrivée. Une infirmière de triage évalue chaque patient et lui attribue un niveau de priorité de 1 à 5 :</p><ul><li>niveaux 1 et 2 (danger de mort) : pris en charge immédiatement ou en moins de 15 minutes</li><li>niveau 3 (urgent) : en moins d'une heure</li><li>niveaux 4 et 5 (moins urgent) : généralement en moins de 4 heures, davantage aux heures de pointe</li></ul><p>Les temps d'attente moyens de chaque hôpital sont publiés toutes les heures sur la <a href="https://health.example.gov/hospitals/wait-times">page des temps d'attente</a>. Pour les affections bénignes, une polyclinique est souvent plus rapide.</p>`,
    },
    keywords: ['A&E', 'ER', 'emergency room', 'casualty', 'triage', 'wait time', 'urgences'],
    updatedAt: '2026-11-02T08:00:00Z',
  },
  {
    id: 'health-008',
    ministryId: 'health',
    category: HOSPITALS,
    serviceId: 'health-hospital-waiting-times',
    question: {
      en: 'Why are people who arrived after me seen first in emergency?',
      fr: 'Pourquoi des personnes arrivées après moi passent-elles avant moi aux urgences ?',
    },
    answerHtml: {
      en: `<p>Emergency departments treat patients by <strong>medical priority</strong>, not in order of arrival. Someone with chest pain, a serious injury or breathing difficulty will be seen before someone with a sprain, even if they came later. Ambulance patients may also arrive through a separate entrance you cannot see.</p><p>If your symptoms get worse while you wait, such as more pain, fainting or bleeding, <strong>tell the triage nurse straight away</strong> so you can be reassessed.</p>`,
      fr: `<p>Les urgences traitent les patients selon leur <strong>priorité médicale</strong>, et non dans l'ordre d'arrivée. Une personne souffrant d'une douleur thoracique, d'une blessure grave ou de difficultés respiratoires passera avant une personne ayant une entorse, même si elle est arrivée plus tard. Des patients amenés en ambulance peuvent aussi entrer par une autre porte que vous ne voyez pas.</p><p>Si vos symptômes s'aggravent pendant l'attente, par exemple plus de douleur, un malaise ou un saignement, <strong>prévenez immédiatement l'infirmière de triage</strong> afin d'être réévalué.</p>`,
    },
    keywords: ['queue', 'priority', 'jumped the queue', 'triage', 'priorité'],
    updatedAt: '2026-11-02T08:00:00Z',
  },
  {
    id: 'health-009',
    ministryId: 'health',
    category: HOSPITALS,
    serviceId: 'health-hospital-waiting-times',
    question: {
      en: 'How do I find out my place on the waiting list for surgery?',
      fr: "Comment connaître ma place sur la liste d'attente pour une opération ?",
    },
    answerHtml: {
      en: `<p>When your specialist adds you to the list, you receive a letter with your <strong>hospital number</strong> (two letters and six digits) and your priority category. To check your position, use the <a href="https://health.example.gov/contact/hospital-waiting-times">waiting times form</a>, choose “Waiting list for surgery” and give your hospital number and referral date.</p><p>The Hospital Services Directorate replies within <strong>5 working days</strong>. If your condition gets worse while you wait, see your doctor: they can ask the specialist to review your priority.</p>`,
      fr: `<p>Lorsque votre spécialiste vous inscrit sur la liste, vous recevez une lettre indiquant votre <strong>numéro de dossier hospitalier</strong> (deux lettres et six chiffres) et votre catégorie de priorité. Pour connaître votre position, utilisez le <a href="https://health.example.gov/contact/hospital-waiting-times">formulaire des temps d'attente</a>, choisissez « Liste d'attente pour une opération » et indiquez votre numéro de dossier et la date de votre orientation.</p><p>La Direction des services hospitaliers répond sous <strong>5 jours ouvrables</strong>. Si votre état s'aggrave pendant l'attente, consultez votre médecin : il peut demander au spécialiste de revoir votre priorité.</p>`,
    },
    keywords: ['waiting list', 'operation', 'surgery date', 'elective', "liste d'attente", 'chirurgie'],
    updatedAt: '2026-07-18T10:45:00Z',
  },
  {
    id: 'health-010',
    ministryId: 'health',
    category: HOSPITALS,
    serviceId: 'health-hospital-waiting-times',
    question: {
      en: 'How long is the wait for an MRI or CT scan?',
      fr: 'Quel est le délai pour passer une IRM ou un scanner ?',
    },
    answerHtml: {
      en: `<p>Urgent scans requested by the emergency department are done the same day. For planned scans, typical waits are:</p><ul><li>X-ray: within 1 week</li><li>ultrasound: 2 to 4 weeks</li><li>CT scan: 3 to 6 weeks</li><li>MRI: 6 to 10 weeks</li></ul><p>The imaging department calls you with a date once your request has been approved. If you have not heard within the time above, use the <a href="https://health.example.gov/contact/hospital-waiting-times">waiting times form</a> with your hospital number.</p>`,
      fr: `<p>Les examens urgents demandés par les urgences sont réalisés le jour même. Pour les examens programmés, les délais habituels sont :</p><ul><li>radiographie : moins d'une semaine</li><li>échographie : 2 à 4 semaines</li><li>scanner : 3 à 6 semaines</li><li>IRM : 6 à 10 semaines</li></ul><p>Le service d'imagerie vous appelle pour fixer une date dès que votre demande est approuvée. Sans nouvelles passé ces délais, utilisez le <a href="https://health.example.gov/contact/hospital-waiting-times">formulaire des temps d'attente</a> avec votre numéro de dossier hospitalier.</p>`,
    },
    keywords: ['MRI', 'CT', 'CAT scan', 'x-ray', 'ultrasound', 'imaging', 'IRM', 'scanner', 'échographie'],
    updatedAt: '2026-07-18T10:45:00Z',
  },
  {
    id: 'health-011',
    ministryId: 'health',
    category: HOSPITALS,
    question: {
      en: 'How can I get a copy of my medical records from the hospital?',
      fr: "Comment obtenir une copie de mon dossier médical à l'hôpital ?",
    },
    answerHtml: {
      en: `<p>Fill in the <strong>access to medical records form</strong> at the hospital's health records office or download it from the <a href="https://health.example.gov/hospitals/medical-records">medical records page</a>. Bring photo ID. If you ask for someone else's records, you also need their signed consent or proof that you are their legal guardian.</p><p>The fee is <strong>EC$25</strong>, plus EC$10 per X-ray or scan on disc. Copies are ready within <strong>15 working days</strong>, and the office will phone you when they can be collected.</p>`,
      fr: `<p>Remplissez le <strong>formulaire d'accès au dossier médical</strong> au bureau des dossiers médicaux de l'hôpital ou téléchargez-le sur la <a href="https://health.example.gov/hospitals/medical-records">page des dossiers médicaux</a>. Apportez une pièce d'identité avec photo. Pour le dossier d'une autre personne, il faut aussi son consentement signé ou la preuve que vous êtes son tuteur légal.</p><p>Les frais sont de <strong>25 EC$</strong>, plus 10 EC$ par radiographie ou examen gravé sur disque. Les copies sont prêtes sous <strong>15 jours ouvrables</strong> et le bureau vous téléphone lorsque vous pouvez venir les chercher.</p>`,
    },
    keywords: ['medical records', 'patient file', 'notes', 'dossier médical', 'copie du dossier'],
    updatedAt: '2026-06-30T13:20:00Z',
  },
  {
    id: 'health-012',
    ministryId: 'health',
    category: HOSPITALS,
    question: {
      en: 'What are the hospital visiting hours?',
      fr: "Quelles sont les heures de visite à l'hôpital ?",
    },
    answerHtml: {
      en: `<p>General wards are open to visitors every day from <strong>11:00 am to 1:00 pm</strong> and from <strong>4:00 pm to 7:00 pm</strong>. Only two visitors are allowed at each bed at a time, and children under 12 may not visit the wards.</p><p>Different rules apply to the intensive care unit, the maternity ward and the children's ward, where one parent may stay at all times. Please do not visit if you have a cough, fever or diarrhoea.</p>`,
      fr: `<p>Les services de médecine générale accueillent les visiteurs tous les jours de <strong>11 h à 13 h</strong> et de <strong>16 h à 19 h</strong>. Deux visiteurs au plus sont admis en même temps auprès de chaque lit, et les enfants de moins de 12 ans ne peuvent pas entrer dans les services.</p><p>Des règles différentes s'appliquent aux soins intensifs, à la maternité et à la pédiatrie, où un parent peut rester en permanence. Merci de ne pas venir si vous toussez, avez de la fièvre ou la diarrhée.</p>`,
    },
    keywords: ['visiting times', 'visit patient', 'ward', 'heures de visite'],
    updatedAt: '2026-06-30T13:20:00Z',
  },
  {
    id: 'health-013',
    ministryId: 'health',
    category: VACCINATION,
    serviceId: 'health-vaccination',
    question: {
      en: 'Which vaccines does my child need, and at what age?',
      fr: 'Quels vaccins mon enfant doit-il recevoir, et à quel âge ?',
    },
    answerHtml: {
      en: `<p>The national schedule, free at every wellness centre, is:</p><ul><li><strong>2, 4 and 6 months</strong>: 6-in-1 vaccine, pneumococcal and rotavirus</li><li><strong>12 months</strong>: MMR (measles, mumps, rubella)</li><li><strong>18 months</strong>: DTaP and polio boosters, second MMR</li><li><strong>4 to 5 years</strong>: DTaP and polio boosters before school</li><li><strong>9 to 14 years</strong>: two doses of HPV, six months apart</li></ul><p>Bring the child health passport to every appointment. If a dose was missed, it is never too late to catch up.</p>`,
      fr: `<p>Le calendrier national, gratuit dans tous les centres de santé, est le suivant :</p><ul><li><strong>2, 4 et 6 mois</strong> : vaccin hexavalent, pneumocoque et rotavirus</li><li><strong>12 mois</strong> : ROR (rougeole, oreillons, rubéole)</li><li><strong>18 mois</strong> : rappels DCaT et polio, deuxième dose de ROR</li><li><strong>4 à 5 ans</strong> : rappels DCaT et polio avant l'entrée à l'école</li><li><strong>9 à 14 ans</strong> : deux doses de vaccin contre le VPH, à six mois d'intervalle</li></ul><p>Apportez le carnet de santé de l'enfant à chaque rendez-vous. Si une dose a été manquée, il n'est jamais trop tard pour la rattraper.</p>`,
    },
    keywords: ['immunisation schedule', 'baby shots', 'jabs', 'vaccination schedule', 'calendrier vaccinal'],
    updatedAt: '2026-05-12T09:00:00Z',
  },
  {
    id: 'health-014',
    ministryId: 'health',
    category: VACCINATION,
    serviceId: 'health-vaccination',
    question: {
      en: 'How do I book a vaccination appointment?',
      fr: 'Comment prendre rendez-vous pour un vaccin ?',
    },
    answerHtml: {
      en: `<p>Childhood vaccines are given at your local wellness centre during the child health clinic, usually held on <strong>Tuesday and Thursday mornings</strong>. Adult vaccines are given on weekdays from 8:30 am to 3:30 pm.</p><p>To book or change an appointment, call your wellness centre, call the contact centre on 555-0311, or use the <a href="https://health.example.gov/contact/vaccination">vaccination request form</a>. You will receive a text message reminder two days before.</p>`,
      fr: `<p>Les vaccins des enfants sont administrés dans votre centre de santé lors des consultations de santé de l'enfant, en général le <strong>mardi et le jeudi matin</strong>. Les vaccins des adultes sont administrés en semaine de 8 h 30 à 15 h 30.</p><p>Pour prendre ou modifier un rendez-vous, appelez votre centre de santé, le centre de contact au 555-0311, ou utilisez le <a href="https://health.example.gov/contact/vaccination">formulaire de demande de vaccination</a>. Vous recevrez un rappel par SMS deux jours avant.</p>`,
    },
    keywords: ['vaccine appointment', 'book jab', 'immunization', 'rendez-vous vaccin'],
    updatedAt: '2026-05-12T09:00:00Z',
  },
  {
    id: 'health-015',
    ministryId: 'health',
    category: VACCINATION,
    serviceId: 'health-vaccination',
    question: {
      en: "I lost my child's vaccination card. How do I get a copy?",
      fr: "J'ai perdu le carnet de vaccination de mon enfant. Comment en obtenir une copie ?",
    },
    answerHtml: {
      en: `<p>Every vaccine given at a public clinic is recorded in the national immunisation register, so a lost card can be replaced. Ask at the wellness centre where your child is usually seen, or use the <a href="https://health.example.gov/contact/vaccination">vaccination request form</a> and choose “A copy of a vaccination record”.</p><p>Give the child's full name and date of birth. A printed record, stamped and signed, is ready within <strong>5 working days</strong>. It is free and is accepted by schools.</p>`,
      fr: `<p>Chaque vaccin administré dans une clinique publique est inscrit au registre national de vaccination : un carnet perdu peut donc être remplacé. Adressez-vous au centre de santé où votre enfant est habituellement suivi, ou utilisez le <a href="https://health.example.gov/contact/vaccination">formulaire de demande de vaccination</a> en choisissant « Une copie d'un carnet de vaccination ».</p><p>Indiquez le nom complet et la date de naissance de l'enfant. Un relevé imprimé, tamponné et signé, est prêt sous <strong>5 jours ouvrables</strong>. Il est gratuit et accepté par les écoles.</p>`,
    },
    keywords: ['lost vaccination card', 'immunisation record', 'proof of vaccination', 'school', 'carnet perdu'],
    updatedAt: '2026-05-12T09:00:00Z',
  },
  {
    id: 'health-016',
    ministryId: 'health',
    category: VACCINATION,
    serviceId: 'health-vaccination',
    question: {
      en: 'Where can I get the flu shot this year?',
      fr: 'Où puis-je me faire vacciner contre la grippe cette année ?',
    },
    answerHtml: {
      en: `<p>The flu vaccine is available from <strong>October to March</strong> at all wellness centres and polyclinics, with no appointment needed. It is <strong>free</strong> for:</p><ul><li>adults aged 60 and over</li><li>pregnant women</li><li>children from 6 months to 5 years</li><li>people with diabetes, asthma, heart or kidney disease</li><li>health workers</li></ul><p>Other adults pay EC$30. One dose protects you for the season, and you need a new one every year.</p>`,
      fr: `<p>Le vaccin contre la grippe est disponible <strong>d'octobre à mars</strong> dans tous les centres de santé et polycliniques, sans rendez-vous. Il est <strong>gratuit</strong> pour :</p><ul><li>les adultes de 60 ans et plus</li><li>les femmes enceintes</li><li>les enfants de 6 mois à 5 ans</li><li>les personnes atteintes de diabète, d'asthme ou d'une maladie cardiaque ou rénale</li><li>le personnel de santé</li></ul><p>Les autres adultes paient 30 EC$. Une dose vous protège pour la saison, et il faut la renouveler chaque année.</p>`,
    },
    keywords: ['influenza', 'flu jab', 'flu vaccine', 'grippe', 'vaccin antigrippal'],
    updatedAt: '2026-10-01T07:30:00Z',
  },
  {
    id: 'health-017',
    ministryId: 'health',
    category: VACCINATION,
    serviceId: 'health-vaccination',
    question: {
      en: 'Which vaccines do I need for travel, and where do I get a yellow fever certificate?',
      fr: 'Quels vaccins me faut-il pour voyager, et où obtenir un certificat de vaccination contre la fièvre jaune ?',
    },
    answerHtml: {
      en: `<p>The <strong>travel health clinic</strong> at Castries Wellness Centre gives travel advice and vaccines by appointment on Wednesdays. Book at least <strong>four weeks before you travel</strong>: the yellow fever vaccine must be given at least 10 days before entry to countries that require it.</p><p>The yellow fever vaccine costs EC$120 and includes the international certificate, which is valid for life. Bring your passport and any previous vaccination records. Typhoid and hepatitis A vaccines are also available for a fee.</p>`,
      fr: `<p>La <strong>clinique santé-voyage</strong> du Centre de santé de Castries donne des conseils et administre les vaccins du voyageur sur rendez-vous le mercredi. Prenez rendez-vous au moins <strong>quatre semaines avant votre départ</strong> : le vaccin contre la fièvre jaune doit être administré au moins 10 jours avant l'entrée dans les pays qui l'exigent.</p><p>Le vaccin contre la fièvre jaune coûte 120 EC$ et comprend le certificat international, valable à vie. Apportez votre passeport et vos anciens carnets de vaccination. Les vaccins contre la typhoïde et l'hépatite A sont aussi disponibles, moyennant des frais.</p>`,
    },
    keywords: ['travel vaccine', 'yellow fever', 'yellow card', 'travel clinic', 'fièvre jaune', 'voyage'],
    updatedAt: '2026-04-22T12:00:00Z',
  },
  {
    id: 'health-018',
    ministryId: 'health',
    category: VACCINATION,
    serviceId: 'health-vaccination',
    question: {
      en: 'What should I do if I have a reaction after a vaccine?',
      fr: 'Que faire en cas de réaction après un vaccin ?',
    },
    answerHtml: {
      en: `<p>A sore arm, mild fever or tiredness for a day or two is common and usually goes away by itself. Paracetamol can help.</p><p><strong>Call 911 immediately</strong> if the person has difficulty breathing, swelling of the face, lips or throat, or collapses.</p><p>For any other reaction that worries you, see your clinic and report it with the <a href="https://health.example.gov/contact/vaccination">vaccination request form</a>, choosing “A reaction after a vaccine”. Every report is reviewed by the National Immunisation Programme to keep vaccines safe.</p>`,
      fr: `<p>Un bras douloureux, une légère fièvre ou de la fatigue pendant un ou deux jours sont fréquents et disparaissent généralement d'eux-mêmes. Le paracétamol peut soulager.</p><p><strong>Composez immédiatement le 911</strong> si la personne a du mal à respirer, si son visage, ses lèvres ou sa gorge enflent, ou si elle fait un malaise.</p><p>Pour toute autre réaction qui vous inquiète, consultez votre clinique et signalez-la avec le <a href="https://health.example.gov/contact/vaccination">formulaire de demande de vaccination</a> en choisissant « Une réaction après un vaccin ». Chaque signalement est examiné par le Programme national de vaccination pour garantir la sécurité des vaccins.</p>`,
    },
    keywords: ['side effects', 'adverse reaction', 'allergic reaction', 'effets secondaires', 'effets indésirables'],
    updatedAt: '2026-04-22T12:00:00Z',
  },
  {
    id: 'health-019',
    ministryId: 'health',
    category: HEALTH_CARD,
    serviceId: 'health-card',
    question: {
      en: 'How do I apply for a health card?',
      fr: 'Comment demander une carte santé ?',
    },
    answerHtml: {
      en: `<p>Every resident can apply for a free health card. Apply at the Health Card Registration Office or any polyclinic, or online with the <a href="https://health.example.gov/contact/health-card">health card form</a>.</p><p>You need:</p><ul><li>your national ID card or passport</li><li>proof of address less than three months old, such as a utility bill</li><li>for children, the birth certificate and a parent's ID</li></ul><p>A photo is taken when you collect the card, so you do not need to bring one.</p>`,
      fr: `<p>Tout résident peut demander gratuitement une carte santé. Faites votre demande au Bureau d'inscription à la carte santé ou dans une polyclinique, ou en ligne avec le <a href="https://health.example.gov/contact/health-card">formulaire de carte santé</a>.</p><p>Vous aurez besoin :</p><ul><li>de votre carte d'identité nationale ou de votre passeport</li><li>d'un justificatif de domicile de moins de trois mois, comme une facture d'électricité</li><li>pour les enfants, de l'acte de naissance et de la pièce d'identité d'un parent</li></ul><p>La photo est prise au moment du retrait de la carte : inutile d'en apporter une.</p>`,
    },
    keywords: ['health card', 'register', 'new card', 'apply', 'carte santé', 'inscription'],
    updatedAt: '2026-03-09T15:00:00Z',
  },
  {
    id: 'health-020',
    ministryId: 'health',
    category: HEALTH_CARD,
    serviceId: 'health-card',
    question: {
      en: 'I lost my health card. How do I get a replacement?',
      fr: "J'ai perdu ma carte santé. Comment la remplacer ?",
    },
    answerHtml: {
      en: `<p>Report the loss with the <a href="https://health.example.gov/contact/health-card">health card form</a>, choosing “Replace a lost or stolen card”, or at the Health Card Registration Office. Your old card is cancelled at once so that nobody else can use it.</p><p>A replacement costs <strong>EC$20</strong>; it is free if the card was stolen and you give a police report number. Bring photo ID when you collect it. Until then, clinics can find your record with your name and date of birth, so you can still be treated.</p>`,
      fr: `<p>Signalez la perte avec le <a href="https://health.example.gov/contact/health-card">formulaire de carte santé</a> en choisissant « Remplacer une carte perdue ou volée », ou au Bureau d'inscription à la carte santé. Votre ancienne carte est annulée immédiatement pour que personne d'autre ne puisse l'utiliser.</p><p>Le remplacement coûte <strong>20 EC$</strong> ; il est gratuit si la carte a été volée et que vous indiquez un numéro de rapport de police. Apportez une pièce d'identité avec photo pour la retirer. En attendant, les cliniques peuvent retrouver votre dossier avec votre nom et votre date de naissance : vous pouvez donc toujours être soigné.</p>`,
    },
    keywords: ['lost health card', 'stolen card', 'replace card', 'duplicate', 'carte perdue', 'carte volée'],
    updatedAt: '2026-03-09T15:00:00Z',
  },
  {
    id: 'health-021',
    ministryId: 'health',
    category: HEALTH_CARD,
    serviceId: 'health-card',
    question: {
      en: 'How do I change my name or address on my health card?',
      fr: 'Comment changer mon nom ou mon adresse sur ma carte santé ?',
    },
    answerHtml: {
      en: `<p>Tell us within <strong>30 days</strong> of moving or changing your name, so that appointment letters reach you. Use the <a href="https://health.example.gov/contact/health-card">health card form</a> and choose “Change my name or address”.</p><ul><li>For a new address, attach a utility bill or bank statement from the last three months.</li><li>For a new name, attach your marriage certificate, deed poll or court order.</li></ul><p>An address change does not need a new card. A name change does, and the new card is free.</p>`,
      fr: `<p>Informez-nous dans les <strong>30 jours</strong> suivant un déménagement ou un changement de nom, pour que vos convocations vous parviennent. Utilisez le <a href="https://health.example.gov/contact/health-card">formulaire de carte santé</a> et choisissez « Changer mon nom ou mon adresse ».</p><ul><li>Pour une nouvelle adresse, joignez une facture de services ou un relevé bancaire des trois derniers mois.</li><li>Pour un nouveau nom, joignez votre certificat de mariage, votre acte de changement de nom ou la décision de justice.</li></ul><p>Un changement d'adresse ne nécessite pas de nouvelle carte. Un changement de nom, si, et la nouvelle carte est gratuite.</p>`,
    },
    keywords: ['change address', 'moved house', 'name change', 'update details', "changement d'adresse", 'déménagement'],
    updatedAt: '2026-03-09T15:00:00Z',
  },
  {
    id: 'health-022',
    ministryId: 'health',
    category: HEALTH_CARD,
    serviceId: 'health-card',
    question: {
      en: 'How long does it take to get my health card?',
      fr: 'Combien de temps faut-il pour recevoir ma carte santé ?',
    },
    answerHtml: {
      en: `<p>Cards are printed within <strong>10 working days</strong> of a complete application. We send you a text message when your card is ready to collect from the office you chose.</p><p>If you have waited longer, check with the <a href="https://health.example.gov/contact/health-card">health card form</a> (choose “Ask where my card is”) or call 555-0311. Most delays are caused by a missing proof of address. Uncollected cards are kept for six months.</p>`,
      fr: `<p>Les cartes sont imprimées dans un délai de <strong>10 jours ouvrables</strong> après réception d'un dossier complet. Nous vous envoyons un SMS lorsque votre carte peut être retirée au bureau que vous avez choisi.</p><p>Si vous attendez depuis plus longtemps, renseignez-vous avec le <a href="https://health.example.gov/contact/health-card">formulaire de carte santé</a> (choisissez « Savoir où en est ma carte ») ou appelez le 555-0311. La plupart des retards sont dus à un justificatif de domicile manquant. Les cartes non retirées sont conservées six mois.</p>`,
    },
    keywords: ['processing time', 'card not ready', 'when will I get', 'délai', 'carte pas reçue'],
    updatedAt: '2026-03-09T15:00:00Z',
  },
  {
    id: 'health-023',
    ministryId: 'health',
    category: HEALTH_CARD,
    serviceId: 'health-card',
    question: {
      en: 'Does my health card expire? How do I renew it?',
      fr: 'Ma carte santé expire-t-elle ? Comment la renouveler ?',
    },
    answerHtml: {
      en: `<p>Yes. Adult cards are valid for <strong>five years</strong> and children's cards until the child's 18th birthday. The expiry date is printed on the front.</p><p>We send a reminder two months before your card expires. Renew at any polyclinic or the Health Card Registration Office with photo ID; a new photo is taken on the spot. Renewal is free if you do it before the expiry date, and EC$20 afterwards. You can still be treated while your renewal is being processed.</p>`,
      fr: `<p>Oui. Les cartes des adultes sont valables <strong>cinq ans</strong> et celles des enfants jusqu'à leur 18e anniversaire. La date d'expiration figure au recto.</p><p>Nous vous envoyons un rappel deux mois avant l'expiration. Renouvelez votre carte dans une polyclinique ou au Bureau d'inscription à la carte santé avec une pièce d'identité avec photo ; une nouvelle photo est prise sur place. Le renouvellement est gratuit avant la date d'expiration et coûte 20 EC$ ensuite. Vous pouvez continuer à être soigné pendant le traitement de votre renouvellement.</p>`,
    },
    keywords: ['renew health card', 'expired card', 'expiry date', 'renouvellement', 'carte expirée'],
    updatedAt: '2026-03-09T15:00:00Z',
  },
  {
    id: 'health-024',
    ministryId: 'health',
    category: ENVIRONMENTAL,
    serviceId: 'health-environmental-concern',
    question: {
      en: 'How do I report stagnant water where mosquitoes are breeding?',
      fr: 'Comment signaler une eau stagnante où se reproduisent des moustiques ?',
    },
    answerHtml: {
      en: `<p>Mosquitoes that spread dengue, chikungunya and Zika breed in clean standing water. Report a breeding site with the <a href="https://health.example.gov/contact/environmental-health">environmental health form</a>: mark the location on the map and add a photo if you can. You do not have to give your name.</p><p>A vector control officer inspects within <strong>5 working days</strong>. On your own property, empty containers, tyres and plant saucers every week and cover water drums tightly.</p>`,
      fr: `<p>Les moustiques qui transmettent la dengue, le chikungunya et le Zika se reproduisent dans l'eau stagnante claire. Signalez un gîte avec le <a href="https://health.example.gov/contact/environmental-health">formulaire de santé environnementale</a> : indiquez l'emplacement sur la carte et ajoutez une photo si possible. Vous n'êtes pas obligé de donner votre nom.</p><p>Un agent de lutte antivectorielle se rend sur place sous <strong>5 jours ouvrables</strong>. Chez vous, videz chaque semaine les récipients, pneus et soucoupes de plantes, et couvrez bien les fûts d'eau.</p>`,
    },
    keywords: ['mosquitoes', 'dengue', 'zika', 'standing water', 'breeding site', 'moustiques', 'eau stagnante'],
    updatedAt: '2026-08-25T16:10:00Z',
  },
  {
    id: 'health-025',
    ministryId: 'health',
    category: ENVIRONMENTAL,
    serviceId: 'health-environmental-concern',
    question: {
      en: 'How do I report a restaurant or food vendor for poor hygiene?',
      fr: "Comment signaler un restaurant ou un vendeur ambulant pour manque d'hygiène ?",
    },
    answerHtml: {
      en: `<p>Use the <a href="https://health.example.gov/contact/environmental-health">environmental health form</a>, choose “Restaurant, shop or food vendor” and give the name and location of the business. Tell us what you saw, for example food left uncovered, staff handling money and food without washing, or pests.</p><p>If you became ill after eating there, see a doctor and tell us the date and what you ate. An environmental health officer inspects within <strong>5 working days</strong>, sooner if several people are ill. Your name is never shared with the business.</p>`,
      fr: `<p>Utilisez le <a href="https://health.example.gov/contact/environmental-health">formulaire de santé environnementale</a>, choisissez « Restaurant, commerce ou vendeur ambulant » et indiquez le nom et l'emplacement du commerce. Décrivez ce que vous avez constaté, par exemple des aliments non couverts, du personnel manipulant argent et nourriture sans se laver les mains, ou des nuisibles.</p><p>Si vous êtes tombé malade après y avoir mangé, consultez un médecin et indiquez-nous la date et ce que vous avez mangé. Un inspecteur de santé environnementale intervient sous <strong>5 jours ouvrables</strong>, plus tôt si plusieurs personnes sont malades. Votre nom n'est jamais communiqué au commerce.</p>`,
    },
    keywords: ['food poisoning', 'dirty restaurant', 'food safety', 'hygiene', 'intoxication alimentaire', 'hygiène'],
    updatedAt: '2026-08-25T16:10:00Z',
  },
  {
    id: 'health-026',
    ministryId: 'health',
    category: CONTACT,
    question: {
      en: 'How can I contact the Ministry of Health or ask for a call back?',
      fr: 'Comment joindre le ministère de la Santé ou demander à être rappelé ?',
    },
    answerHtml: {
      en: `<p>Call the contact centre on <strong>555-0311</strong>, Monday to Friday from 7:00 am to 7:00 pm, except public holidays. Agents speak English, French and Kwéyòl. You can also email <a href="https://health.example.gov/contact">contact@health.example.gov</a>.</p><p>If you would rather not wait on the line, <a href="https://health.example.gov/contact/callback">book a call back</a>: choose a 30-minute slot and an agent will phone you. Keep your reference number so you can check progress or cancel.</p>`,
      fr: `<p>Appelez le centre de contact au <strong>555-0311</strong>, du lundi au vendredi de 7 h à 19 h, sauf les jours fériés. Les agents parlent anglais, français et kwéyòl. Vous pouvez aussi écrire à <a href="https://health.example.gov/contact">contact@health.example.gov</a>.</p><p>Si vous préférez ne pas attendre au téléphone, <a href="https://health.example.gov/contact/callback">demandez à être rappelé</a> : choisissez un créneau de 30 minutes et un agent vous téléphonera. Conservez votre numéro de référence pour suivre votre demande ou l'annuler.</p>`,
    },
    keywords: ['phone number', 'call back', 'callback', 'email', 'contact centre', '311', 'rappel', 'téléphone'],
    updatedAt: '2026-11-02T08:00:00Z',
  },
];
