import type { Ministry } from '@civic-contact/contract';

// Each ministry sits in a different real time zone with that country's real 2026–2027 public
// holidays, so callback-slot code meets DST (New York, London), no DST (Saint Lucia), Saturday
// opening, and holidays moved to a weekday ("observed" / substitute days).

const WEEKDAYS_7_TO_19: Ministry['businessHours'] = [
  { day: 1, open: '07:00', close: '19:00' },
  { day: 2, open: '07:00', close: '19:00' },
  { day: 3, open: '07:00', close: '19:00' },
  { day: 4, open: '07:00', close: '19:00' },
  { day: 5, open: '07:00', close: '19:00' },
];

/** Ministry of Health and Wellness — Saint Lucia time (no DST), English and French. */
const health: Ministry = {
  id: 'health',
  code: 'MOH',
  name: { en: 'Ministry of Health and Wellness', fr: 'Ministère de la Santé et du Bien-être' },
  defaultLocale: 'en',
  locales: ['en', 'fr'],
  timeZone: 'America/St_Lucia',
  country: 'LC',
  // Same hours as the 311 citizen line the contact centre grew out of.
  businessHours: WEEKDAYS_7_TO_19,
  // Saint Lucia: a holiday falling on a Sunday is kept on the following Monday.
  holidays: [
    { date: '2026-01-01', name: { en: "New Year's Day", fr: "Jour de l'An" } },
    { date: '2026-01-02', name: { en: "New Year's Holiday", fr: "Lendemain du jour de l'An" } },
    { date: '2026-02-23', name: { en: 'Independence Day (observed)', fr: "Fête de l'Indépendance (jour reporté)" } },
    { date: '2026-04-03', name: { en: 'Good Friday', fr: 'Vendredi saint' } },
    { date: '2026-04-06', name: { en: 'Easter Monday', fr: 'Lundi de Pâques' } },
    { date: '2026-05-01', name: { en: 'Labour Day', fr: 'Fête du Travail' } },
    { date: '2026-05-25', name: { en: 'Whit Monday', fr: 'Lundi de Pentecôte' } },
    { date: '2026-06-04', name: { en: 'Corpus Christi', fr: 'Fête-Dieu' } },
    { date: '2026-08-01', name: { en: 'Emancipation Day', fr: "Jour de l'Émancipation" } },
    { date: '2026-10-05', name: { en: 'Thanksgiving Day', fr: "Jour d'action de grâce" } },
    { date: '2026-12-14', name: { en: 'National Day (observed)', fr: 'Fête nationale (jour reporté)' } },
    { date: '2026-12-25', name: { en: 'Christmas Day', fr: 'Noël' } },
    { date: '2026-12-26', name: { en: 'Boxing Day', fr: 'Lendemain de Noël' } },
    { date: '2027-01-01', name: { en: "New Year's Day", fr: "Jour de l'An" } },
    { date: '2027-01-02', name: { en: "New Year's Holiday", fr: "Lendemain du jour de l'An" } },
    { date: '2027-02-22', name: { en: 'Independence Day', fr: "Fête de l'Indépendance" } },
    { date: '2027-03-26', name: { en: 'Good Friday', fr: 'Vendredi saint' } },
    { date: '2027-03-29', name: { en: 'Easter Monday', fr: 'Lundi de Pâques' } },
    { date: '2027-05-01', name: { en: 'Labour Day', fr: 'Fête du Travail' } },
    { date: '2027-05-17', name: { en: 'Whit Monday', fr: 'Lundi de Pentecôte' } },
    { date: '2027-05-27', name: { en: 'Corpus Christi', fr: 'Fête-Dieu' } },
    { date: '2027-08-02', name: { en: 'Emancipation Day (observed)', fr: "Jour de l'Émancipation (jour reporté)" } },
    { date: '2027-10-04', name: { en: 'Thanksgiving Day', fr: "Jour d'action de grâce" } },
    { date: '2027-12-13', name: { en: 'National Day', fr: 'Fête nationale' } },
    { date: '2027-12-25', name: { en: 'Christmas Day', fr: 'Noël' } },
    { date: '2027-12-27', name: { en: 'Boxing Day (observed)', fr: 'Lendemain de Noël (jour reporté)' } },
  ],
  callbackSlotMinutes: 30,
  callbackCapacity: 3,
  entities: [
    { id: 'primary-care', name: { en: 'Primary Health Care Services', fr: 'Services de soins de santé primaires' } },
    { id: 'hospital-services', name: { en: 'Hospital Services Directorate', fr: 'Direction des services hospitaliers' } },
    { id: 'immunisation', name: { en: 'National Immunisation Programme', fr: 'Programme national de vaccination' } },
    { id: 'health-card', name: { en: 'Health Card Registration Office', fr: "Bureau d'inscription à la carte santé" } },
    { id: 'environmental-health', name: { en: 'Environmental Health Department', fr: 'Service de santé environnementale' } },
    { id: 'patient-relations', name: { en: 'Patient Relations Office', fr: 'Bureau des relations avec les patients' } },
  ],
  contact: { phone: '+1 758-555-0311', email: 'contact@health.example.gov' },
};

/** Ministry of Transport — New York time (DST, Saturday mornings), English and Spanish. */
const transport: Ministry = {
  id: 'transport',
  code: 'MOT',
  name: { en: 'Ministry of Transport', es: 'Ministerio de Transporte' },
  defaultLocale: 'en',
  locales: ['en', 'es'],
  timeZone: 'America/New_York',
  country: 'US',
  businessHours: [
    { day: 1, open: '08:00', close: '18:00' },
    { day: 2, open: '08:00', close: '18:00' },
    { day: 3, open: '08:00', close: '18:00' },
    { day: 4, open: '08:00', close: '18:00' },
    { day: 5, open: '08:00', close: '18:00' },
    { day: 6, open: '09:00', close: '13:00' },
  ],
  // US federal holidays: Saturday holidays are observed on the Friday before, Sunday ones on the
  // Monday after (hence New Year's Day 2028 on 2027-12-31).
  holidays: [
    { date: '2026-01-01', name: { en: "New Year's Day", es: 'Año Nuevo' } },
    { date: '2026-01-19', name: { en: 'Martin Luther King Jr. Day', es: 'Día de Martin Luther King Jr.' } },
    { date: '2026-02-16', name: { en: "Washington's Birthday", es: 'Natalicio de Washington' } },
    { date: '2026-05-25', name: { en: 'Memorial Day', es: 'Día de los Caídos' } },
    { date: '2026-06-19', name: { en: 'Juneteenth', es: 'Día Nacional de la Independencia de Juneteenth' } },
    { date: '2026-07-03', name: { en: 'Independence Day (observed)', es: 'Día de la Independencia (feriado trasladado)' } },
    { date: '2026-09-07', name: { en: 'Labor Day', es: 'Día del Trabajo' } },
    { date: '2026-10-12', name: { en: 'Columbus Day', es: 'Día de Colón' } },
    { date: '2026-11-11', name: { en: 'Veterans Day', es: 'Día de los Veteranos' } },
    { date: '2026-11-26', name: { en: 'Thanksgiving Day', es: 'Día de Acción de Gracias' } },
    { date: '2026-12-25', name: { en: 'Christmas Day', es: 'Navidad' } },
    { date: '2027-01-01', name: { en: "New Year's Day", es: 'Año Nuevo' } },
    { date: '2027-01-18', name: { en: 'Martin Luther King Jr. Day', es: 'Día de Martin Luther King Jr.' } },
    { date: '2027-02-15', name: { en: "Washington's Birthday", es: 'Natalicio de Washington' } },
    { date: '2027-05-31', name: { en: 'Memorial Day', es: 'Día de los Caídos' } },
    { date: '2027-06-18', name: { en: 'Juneteenth (observed)', es: 'Día Nacional de la Independencia de Juneteenth (feriado trasladado)' } },
    { date: '2027-07-05', name: { en: 'Independence Day (observed)', es: 'Día de la Independencia (feriado trasladado)' } },
    { date: '2027-09-06', name: { en: 'Labor Day', es: 'Día del Trabajo' } },
    { date: '2027-10-11', name: { en: 'Columbus Day', es: 'Día de Colón' } },
    { date: '2027-11-11', name: { en: 'Veterans Day', es: 'Día de los Veteranos' } },
    { date: '2027-11-25', name: { en: 'Thanksgiving Day', es: 'Día de Acción de Gracias' } },
    { date: '2027-12-24', name: { en: 'Christmas Day (observed)', es: 'Navidad (feriado trasladado)' } },
    { date: '2027-12-31', name: { en: "New Year's Day (observed)", es: 'Año Nuevo (feriado trasladado)' } },
  ],
  callbackSlotMinutes: 30,
  callbackCapacity: 4,
  entities: [
    { id: 'driver-licensing', name: { en: 'Driver Licensing Division', es: 'División de Licencias de Conducir' } },
    { id: 'driving-tests', name: { en: 'Driving Test Centres', es: 'Centros de Exámenes de Manejo' } },
    { id: 'vehicle-registration', name: { en: 'Vehicle Registration Office', es: 'Oficina de Registro de Vehículos' } },
    { id: 'road-maintenance', name: { en: 'Roads and Bridges Maintenance', es: 'Mantenimiento de Carreteras y Puentes' } },
    { id: 'public-bus', name: { en: 'Public Bus Service', es: 'Servicio Público de Autobuses' } },
  ],
  contact: { phone: '+1 212-555-0168', email: 'contact@transport.example.gov' },
};

/** Civil Registry Office — London time (DST), English and Arabic. */
const civilRegistry: Ministry = {
  id: 'civil-registry',
  code: 'CRO',
  name: { en: 'Civil Registry Office', ar: 'مكتب السجل المدني' },
  defaultLocale: 'en',
  locales: ['en', 'ar'],
  timeZone: 'Europe/London',
  country: 'GB',
  businessHours: [
    { day: 1, open: '09:00', close: '17:00' },
    { day: 2, open: '09:00', close: '17:00' },
    // Wednesday mornings are kept for staff training, as many register offices do.
    { day: 3, open: '12:00', close: '17:00' },
    { day: 4, open: '09:00', close: '17:00' },
    { day: 5, open: '09:00', close: '16:30' },
  ],
  // Bank holidays in England and Wales, with substitute days when one falls at a weekend.
  holidays: [
    { date: '2026-01-01', name: { en: "New Year's Day", ar: 'رأس السنة الميلادية' } },
    { date: '2026-04-03', name: { en: 'Good Friday', ar: 'الجمعة العظيمة' } },
    { date: '2026-04-06', name: { en: 'Easter Monday', ar: 'اثنين الفصح' } },
    { date: '2026-05-04', name: { en: 'Early May bank holiday', ar: 'عطلة أوائل مايو الرسمية' } },
    { date: '2026-05-25', name: { en: 'Spring bank holiday', ar: 'عطلة الربيع الرسمية' } },
    { date: '2026-08-31', name: { en: 'Summer bank holiday', ar: 'عطلة الصيف الرسمية' } },
    { date: '2026-12-25', name: { en: 'Christmas Day', ar: 'عيد الميلاد المجيد' } },
    { date: '2026-12-28', name: { en: 'Boxing Day (substitute day)', ar: 'يوم الصناديق (يوم بديل)' } },
    { date: '2027-01-01', name: { en: "New Year's Day", ar: 'رأس السنة الميلادية' } },
    { date: '2027-03-26', name: { en: 'Good Friday', ar: 'الجمعة العظيمة' } },
    { date: '2027-03-29', name: { en: 'Easter Monday', ar: 'اثنين الفصح' } },
    { date: '2027-05-03', name: { en: 'Early May bank holiday', ar: 'عطلة أوائل مايو الرسمية' } },
    { date: '2027-05-31', name: { en: 'Spring bank holiday', ar: 'عطلة الربيع الرسمية' } },
    { date: '2027-08-30', name: { en: 'Summer bank holiday', ar: 'عطلة الصيف الرسمية' } },
    { date: '2027-12-27', name: { en: 'Christmas Day (substitute day)', ar: 'عيد الميلاد المجيد (يوم بديل)' } },
    { date: '2027-12-28', name: { en: 'Boxing Day (substitute day)', ar: 'يوم الصناديق (يوم بديل)' } },
  ],
  callbackSlotMinutes: 30,
  callbackCapacity: 2,
  entities: [
    { id: 'births', name: { en: 'Births Registration Unit', ar: 'وحدة تسجيل المواليد' } },
    { id: 'marriages', name: { en: 'Marriages and Civil Partnerships Unit', ar: 'وحدة الزواج والشراكات المدنية' } },
    { id: 'deaths', name: { en: 'Deaths Registration Unit', ar: 'وحدة تسجيل الوفيات' } },
    { id: 'certificates', name: { en: 'Certificate Issuing Office', ar: 'مكتب إصدار الشهادات' } },
    { id: 'amendments', name: { en: 'Corrections and Amendments Unit', ar: 'وحدة التصحيحات والتعديلات' } },
  ],
  // Ofcom reserves 020 7946 0xxx for fiction, the UK counterpart of the 555 range.
  contact: { phone: '+44 20 7946 0311', email: 'contact@registry.example.gov' },
};

/** The seed ministries, in the order a picker should list them. */
export const ministries: Ministry[] = [health, transport, civilRegistry];
