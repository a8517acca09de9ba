import type { FaqEntry } from '@civic-contact/contract';

const LICENCES = { en: 'Driving licences', es: 'Licencias de conducir' };
const TESTS = { en: 'Driving tests', es: 'Exámenes de manejo' };
const VEHICLES = { en: 'Vehicle registration', es: 'Registro de vehículos' };
const ROADS = { en: 'Roads and potholes', es: 'Carreteras y baches' };
const BUSES = { en: 'Public buses', es: 'Autobuses públicos' };

/** Frequently asked questions of the Ministry of Transport (English and Spanish). */
export const transportFaqs: FaqEntry[] = [
  {
    id: 'transport-001',
    ministryId: 'transport',
    category: LICENCES,
    serviceId: 'transport-licence-status',
    question: {
      en: 'How do I check the status of my driving licence application?',
      es: '¿Cómo consulto el estado de mi solicitud de licencia de conducir?',
    },
    answerHtml: {
      en: `<p>Use the <a href="https://transport.example.gov/licences/status">licence status checker</a> with your licence or learner permit number (one letter and seven digits, for example D1234567) and your date of birth. It shows whether your application is received, approved, printed or mailed.</p><p>If the status has not changed for more than <strong>15 working days</strong>, send us a <a href="https://transport.example.gov/contact/licence-status">licence status enquiry</a> or call 555-0168. We reply within 3 working days.</p>`,
      es: `<p>Use el <a href="https://transport.example.gov/licences/status">verificador de estado de licencias</a> con su número de licencia o de permiso de aprendizaje (una letra y siete dígitos, por ejemplo D1234567) y su fecha de nacimiento. Le indica si su solicitud fue recibida, aprobada, impresa o enviada por correo.</p><p>Si el estado no ha cambiado en más de <strong>15 días hábiles</strong>, envíenos una <a href="https://transport.example.gov/contact/licence-status">consulta sobre el estado de su licencia</a> o llame al 555-0168. Respondemos en un plazo de 3 días hábiles.</p>`,
    },
    keywords: ['license status', 'driver license', 'application status', 'track licence', 'where is my licence', 'estado licencia'],
    updatedAt: '2026-10-05T13:00:00Z',
  },
  {
    id: 'transport-002',
    ministryId: 'transport',
    category: LICENCES,
    serviceId: 'transport-licence-status',
    question: {
      en: 'How long does it take to get my driving licence card?',
      es: '¿Cuánto tarda en llegar mi tarjeta de licencia de conducir?',
    },
    answerHtml: {
      en: `<p>Your card is printed and mailed within <strong>10 working days</strong> of approval. Allow another 5 days for delivery. Exchanges of foreign licences can take about two weeks longer because we check the licence with the issuing country.</p><p>When you apply you get a <strong>paper temporary licence valid for 60 days</strong>. Carry it with photo ID: it lets you drive legally until the card arrives. If your card is returned to us as undeliverable, we keep it at the Central Licensing Office for 90 days.</p>`,
      es: `<p>Su tarjeta se imprime y se envía por correo en un plazo de <strong>10 días hábiles</strong> tras la aprobación. Cuente con otros 5 días para la entrega. Los canjes de licencias extranjeras pueden tardar unas dos semanas más, porque verificamos la licencia con el país que la expidió.</p><p>Al presentar la solicitud recibe una <strong>licencia temporal en papel válida por 60 días</strong>. Llévela junto con una identificación con foto: le permite manejar legalmente hasta que llegue la tarjeta. Si el correo nos devuelve su tarjeta, la guardamos en la Oficina Central de Licencias durante 90 días.</p>`,
    },
    keywords: ['licence card not arrived', 'processing time', 'temporary licence', 'tarjeta', 'cuánto tarda'],
    updatedAt: '2026-10-05T13:00:00Z',
  },
  {
    id: 'transport-003',
    ministryId: 'transport',
    category: LICENCES,
    question: {
      en: 'How do I renew my driving licence and how much does it cost?',
      es: '¿Cómo renuevo mi licencia de conducir y cuánto cuesta?',
    },
    answerHtml: {
      en: `<p>You can renew up to <strong>6 months before</strong> your licence expires. Renew <a href="https://transport.example.gov/licences/renew">online</a> if your name and address have not changed and your photo is less than 10 years old; otherwise visit a licensing office.</p><ul><li>Class D licence, 8 years: <strong>$64.50</strong></li><li>Motorcycle or commercial class: $80.50</li></ul><p>Drivers aged 70 and over must pass a vision test at the office or send a vision form signed by an eye doctor.</p>`,
      es: `<p>Puede renovar hasta <strong>6 meses antes</strong> del vencimiento de su licencia. Renueve <a href="https://transport.example.gov/licences/renew">en línea</a> si su nombre y dirección no han cambiado y su foto tiene menos de 10 años; de lo contrario, acuda a una oficina de licencias.</p><ul><li>Licencia clase D, 8 años: <strong>$64.50</strong></li><li>Categoría motocicleta o comercial: $80.50</li></ul><p>Los conductores de 70 años o más deben aprobar un examen de la vista en la oficina o enviar un formulario de visión firmado por un oftalmólogo u optometrista.</p>`,
    },
    keywords: ['renew license', 'renewal fee', 'licence renewal', 'renovar licencia', 'costo'],
    updatedAt: '2026-07-14T10:00:00Z',
  },
  {
    id: 'transport-004',
    ministryId: 'transport',
    category: LICENCES,
    question: {
      en: 'My driving licence has expired. Can I still drive?',
      es: 'Mi licencia de conducir está vencida. ¿Puedo seguir manejando?',
    },
    answerHtml: {
      en: `<p><strong>No.</strong> There is no grace period: driving with an expired licence can lead to a fine and your insurance may not cover you.</p><p>You can renew in the normal way for up to <strong>2 years</strong> after the expiry date. After 2 years you must pass the written test and the road test again, as for a first licence. If you were abroad or in hospital when it expired, bring proof and the office can waive the retest.</p>`,
      es: `<p><strong>No.</strong> No hay período de gracia: manejar con la licencia vencida puede acarrear una multa, y es posible que su seguro no le cubra.</p><p>Puede renovarla de forma normal hasta <strong>2 años</strong> después de la fecha de vencimiento. Pasados 2 años, debe aprobar de nuevo el examen escrito y el examen práctico, como para una primera licencia. Si estaba en el extranjero o hospitalizado cuando venció, presente un comprobante y la oficina puede eximirle de repetir los exámenes.</p>`,
    },
    keywords: ['expired license', 'grace period', 'out of date licence', 'licencia vencida', 'caducada'],
    updatedAt: '2026-07-14T10:00:00Z',
  },
  {
    id: 'transport-005',
    ministryId: 'transport',
    category: LICENCES,
    question: {
      en: 'I lost my driving licence. How do I get a replacement?',
      es: 'Perdí mi licencia de conducir. ¿Cómo obtengo un duplicado?',
    },
    answerHtml: {
      en: `<p>Order a replacement <a href="https://transport.example.gov/licences/replace">online</a> or at any licensing office. The fee is <strong>$17.50</strong>. You do not need a police report for a lost licence, but if it was stolen, reporting it protects you against identity fraud.</p><p>Your old licence is cancelled as soon as you order the replacement, so do not use it if you find it again. You get a temporary paper licence straight away, and the new card arrives within 10 working days.</p>`,
      es: `<p>Solicite un duplicado <a href="https://transport.example.gov/licences/replace">en línea</a> o en cualquier oficina de licencias. La tarifa es de <strong>$17.50</strong>. No necesita denuncia policial si la perdió, pero si se la robaron, denunciarlo le protege contra la suplantación de identidad.</p><p>Su licencia anterior se anula en cuanto solicita el duplicado, así que no la use si la encuentra. Recibe de inmediato una licencia temporal en papel, y la nueva tarjeta llega en un plazo de 10 días hábiles.</p>`,
    },
    keywords: ['lost license', 'stolen licence', 'duplicate', 'replacement licence', 'licencia perdida', 'duplicado'],
    updatedAt: '2026-07-14T10:00:00Z',
  },
  {
    id: 'transport-006',
    ministryId: 'transport',
    category: LICENCES,
    question: {
      en: 'How do I change the address on my driving licence?',
      es: '¿Cómo cambio la dirección de mi licencia de conducir?',
    },
    answerHtml: {
      en: `<p>By law you must tell us within <strong>10 days</strong> of moving. Change your address <a href="https://transport.example.gov/licences/address">online</a> for free; the same change updates your vehicle registrations.</p><p>You do not need a new card: we mail you a small address sticker to put on the back of your licence. If you want a card showing the new address, order a replacement for $17.50. Name changes must be made in person, with your marriage certificate or court order.</p>`,
      es: `<p>La ley le obliga a avisarnos en un plazo de <strong>10 días</strong> tras la mudanza. Cambie su dirección <a href="https://transport.example.gov/licences/address">en línea</a> de forma gratuita; el mismo cambio actualiza el registro de sus vehículos.</p><p>No necesita una nueva tarjeta: le enviamos por correo una pequeña etiqueta con la nueva dirección para pegar en el reverso de su licencia. Si quiere una tarjeta con la nueva dirección, pida un duplicado por $17.50. Los cambios de nombre se hacen en persona, con el acta de matrimonio o la orden judicial.</p>`,
    },
    keywords: ['change address', 'moved', 'new address', 'name change', 'cambio de domicilio', 'mudanza'],
    updatedAt: '2026-07-14T10:00:00Z',
  },
  {
    id: 'transport-007',
    ministryId: 'transport',
    category: LICENCES,
    serviceId: 'transport-licence-status',
    question: {
      en: 'Can I exchange my foreign driving licence for a local one?',
      es: '¿Puedo canjear mi licencia de conducir extranjera por una local?',
    },
    answerHtml: {
      en: `<p>New residents may drive on a valid foreign licence for up to <strong>30 days</strong>. After that you need a local licence.</p><p>If your licence was issued by a country with an exchange agreement, listed on the <a href="https://transport.example.gov/licences/foreign">foreign licences page</a>, you only need a vision test. Otherwise you must pass the written and road tests. Bring your foreign licence, a certified translation if it is not in English or Spanish, your passport and proof of address. The fee is $64.50.</p>`,
      es: `<p>Los nuevos residentes pueden manejar con una licencia extranjera vigente durante un máximo de <strong>30 días</strong>. Después necesitan una licencia local.</p><p>Si su licencia fue expedida por un país con acuerdo de canje, que figura en la <a href="https://transport.example.gov/licences/foreign">página de licencias extranjeras</a>, solo necesita un examen de la vista. De lo contrario, debe aprobar el examen escrito y el práctico. Traiga su licencia extranjera, una traducción certificada si no está en inglés ni en español, su pasaporte y un comprobante de domicilio. La tarifa es de $64.50.</p>`,
    },
    keywords: ['foreign license', 'overseas licence', 'exchange', 'convert licence', 'licencia extranjera', 'canje'],
    updatedAt: '2026-06-02T09:15:00Z',
  },
  {
    id: 'transport-008',
    ministryId: 'transport',
    category: LICENCES,
    question: {
      en: 'How do I get an International Driving Permit?',
      es: '¿Cómo obtengo un Permiso Internacional de Conducir?',
    },
    answerHtml: {
      en: `<p>An International Driving Permit (IDP) translates your licence into several languages and is required in some countries. It is issued at any licensing office while you wait, for <strong>$20</strong>.</p><p>Bring your valid local licence and <strong>two passport-size photos</strong>. The permit is valid for one year, or until your licence expires if that is sooner. It is not valid on its own: always carry your licence with it. We cannot post an IDP abroad, so apply before you travel.</p>`,
      es: `<p>El Permiso Internacional de Conducir (PIC) traduce su licencia a varios idiomas y es obligatorio en algunos países. Se expide en el momento en cualquier oficina de licencias, por <strong>$20</strong>.</p><p>Traiga su licencia local vigente y <strong>dos fotos tamaño pasaporte</strong>. El permiso es válido por un año, o hasta el vencimiento de su licencia si ocurre antes. No es válido por sí solo: lleve siempre su licencia junto con él. No podemos enviar el permiso al extranjero, así que solicítelo antes de viajar.</p>`,
    },
    keywords: ['IDP', 'international permit', 'driving abroad', 'permiso internacional', 'PIC'],
    updatedAt: '2026-06-02T09:15:00Z',
  },
  {
    id: 'transport-009',
    ministryId: 'transport',
    category: TESTS,
    serviceId: 'transport-driving-test',
    question: {
      en: 'How do I book my road test?',
      es: '¿Cómo reservo mi examen práctico de manejo?',
    },
    answerHtml: {
      en: `<p>You can book a road test once you have held your learner permit for at least <strong>6 months</strong> and completed 50 hours of supervised driving, including 10 at night. Book <a href="https://transport.example.gov/tests/book">online</a> or by calling 555-0168.</p><p>The test fee is <strong>$10</strong>. Current waiting times are about 3 weeks for a car test and 2 weeks for a motorcycle test. Saturday morning tests are available at the Central test centre only.</p>`,
      es: `<p>Puede reservar el examen práctico cuando haya tenido su permiso de aprendizaje durante al menos <strong>6 meses</strong> y completado 50 horas de manejo supervisado, de ellas 10 de noche. Reserve <a href="https://transport.example.gov/tests/book">en línea</a> o llamando al 555-0168.</p><p>La tarifa del examen es de <strong>$10</strong>. Actualmente la espera es de unas 3 semanas para el examen de automóvil y de 2 semanas para el de motocicleta. Los exámenes del sábado por la mañana solo se ofrecen en el centro de exámenes Central.</p>`,
    },
    keywords: ['road test', 'driving test', 'practical test', 'book test', 'examen práctico', 'cita examen'],
    updatedAt: '2026-09-01T12:00:00Z',
  },
  {
    id: 'transport-010',
    ministryId: 'transport',
    category: TESTS,
    serviceId: 'transport-driving-test',
    question: {
      en: 'What do I need to bring to my driving test?',
      es: '¿Qué debo llevar a mi examen de manejo?',
    },
    answerHtml: {
      en: `<p>Bring:</p><ul><li>your <strong>learner permit</strong> and photo ID</li><li>a roadworthy vehicle with valid registration, insurance and working lights, horn and seat belts</li><li>a licensed driver aged 21 or over to drive the car home if you fail</li><li>your glasses or contact lenses if you need them to drive</li></ul><p>Arrive 15 minutes early. If the vehicle is unsafe or a document is missing, the test is cancelled and the fee is not refunded.</p>`,
      es: `<p>Traiga:</p><ul><li>su <strong>permiso de aprendizaje</strong> y una identificación con foto</li><li>un vehículo en buen estado, con registro y seguro vigentes, y luces, bocina y cinturones que funcionen</li><li>un conductor con licencia, de 21 años o más, que maneje el auto de regreso si no aprueba</li><li>sus lentes o lentes de contacto si los necesita para manejar</li></ul><p>Llegue 15 minutos antes. Si el vehículo no es seguro o falta algún documento, el examen se cancela y la tarifa no se reembolsa.</p>`,
    },
    keywords: ['what to bring', 'test day', 'documents', 'qué llevar', 'día del examen'],
    updatedAt: '2026-09-01T12:00:00Z',
  },
  {
    id: 'transport-011',
    ministryId: 'transport',
    category: TESTS,
    serviceId: 'transport-driving-test',
    question: {
      en: 'How do I reschedule or cancel my driving test?',
      es: '¿Cómo cambio la fecha o cancelo mi examen de manejo?',
    },
    answerHtml: {
      en: `<p>Change or cancel your test <a href="https://transport.example.gov/tests/manage">online</a> with your permit number and booking date, or use the <a href="https://transport.example.gov/contact/driving-test">driving test form</a>.</p><p>Do it at least <strong>3 working days</strong> before the test to keep your $10 fee. Later changes lose the fee, unless you were ill and send a doctor's note within 5 days. If we cancel a test because of bad weather, we rebook you for free and tell you by text message.</p>`,
      es: `<p>Cambie o cancele su examen <a href="https://transport.example.gov/tests/manage">en línea</a> con su número de permiso y la fecha de la reserva, o use el <a href="https://transport.example.gov/contact/driving-test">formulario de exámenes de manejo</a>.</p><p>Hágalo con al menos <strong>3 días hábiles</strong> de antelación para conservar su tarifa de $10. Los cambios posteriores la pierden, salvo que estuviera enfermo y envíe una nota médica en un plazo de 5 días. Si cancelamos un examen por mal tiempo, le damos una nueva cita sin costo y le avisamos por mensaje de texto.</p>`,
    },
    keywords: ['reschedule test', 'cancel test', 'change test date', 'cambiar cita', 'cancelar examen'],
    updatedAt: '2026-09-01T12:00:00Z',
  },
  {
    id: 'transport-012',
    ministryId: 'transport',
    category: TESTS,
    serviceId: 'transport-driving-test',
    question: {
      en: 'I failed my driving test. When can I take it again?',
      es: 'Reprobé el examen de manejo. ¿Cuándo puedo volver a presentarlo?',
    },
    answerHtml: {
      en: `<p>You can book a new road test <strong>14 days</strong> after a failed test, and pay the $10 fee again. Your examiner's score sheet lists the faults you made: practise those before the next attempt.</p><p>After three failed road tests on the same permit, you must complete a course of at least 5 lessons with a certified driving instructor before you can book again. Your learner permit remains valid, so you can keep practising with a supervising driver.</p>`,
      es: `<p>Puede reservar un nuevo examen práctico <strong>14 días</strong> después de reprobar, pagando de nuevo la tarifa de $10. La hoja de evaluación del examinador indica los errores que cometió: practíquelos antes del próximo intento.</p><p>Tras reprobar tres exámenes prácticos con el mismo permiso, debe completar un curso de al menos 5 clases con un instructor de manejo certificado antes de volver a reservar. Su permiso de aprendizaje sigue vigente, así que puede seguir practicando con un conductor supervisor.</p>`,
    },
    keywords: ['failed test', 'retake', 'retest', 'second attempt', 'reprobé', 'volver a presentar'],
    updatedAt: '2026-09-01T12:00:00Z',
  },
  {
    id: 'transport-013',
    ministryId: 'transport',
    category: VEHICLES,
    serviceId: 'transport-vehicle-registration',
    question: {
      en: 'How do I renew my vehicle registration?',
      es: '¿Cómo renuevo el registro de mi vehículo?',
    },
    answerHtml: {
      en: `<p>We mail a renewal notice <strong>60 days</strong> before your registration expires. Renew <a href="https://transport.example.gov/vehicles/renew">online</a>, by mail or at any vehicle registration office. You need:</p><ul><li>a valid safety inspection, done within the last 12 months</li><li>proof of insurance</li><li>the fee: $52 for two years for a car, $30 for a motorcycle</li></ul><p>Your new sticker is mailed within 7 working days; your online receipt is valid proof of registration for 30 days.</p>`,
      es: `<p>Le enviamos por correo un aviso de renovación <strong>60 días</strong> antes de que venza su registro. Renueve <a href="https://transport.example.gov/vehicles/renew">en línea</a>, por correo o en cualquier oficina de registro de vehículos. Necesita:</p><ul><li>una inspección de seguridad vigente, realizada en los últimos 12 meses</li><li>comprobante de seguro</li><li>la tarifa: $52 por dos años para un automóvil, $30 para una motocicleta</li></ul><p>La nueva calcomanía se envía en un plazo de 7 días hábiles; el recibo en línea sirve como comprobante de registro durante 30 días.</p>`,
    },
    keywords: ['registration renewal', 'renew tags', 'sticker', 'car registration', 'renovar registro', 'marbete'],
    updatedAt: '2026-05-20T14:30:00Z',
  },
  {
    id: 'transport-014',
    ministryId: 'transport',
    category: VEHICLES,
    serviceId: 'transport-vehicle-registration',
    question: {
      en: 'I sold my car. How do I transfer the ownership?',
      es: 'Vendí mi auto. ¿Cómo hago el traspaso de propiedad?',
    },
    answerHtml: {
      en: `<p>The seller signs the back of the <strong>certificate of title</strong>, writes the odometer reading and gives the title and a signed bill of sale to the buyer. The seller keeps the plates and should tell us about the sale <a href="https://transport.example.gov/vehicles/sold">online</a> within 10 days.</p><p>The buyer must register the vehicle within <strong>30 days</strong>, bringing the title, bill of sale, proof of insurance and ID. The fee is $75 plus sales tax on the purchase price.</p>`,
      es: `<p>El vendedor firma el reverso del <strong>certificado de título</strong>, anota el kilometraje del odómetro y entrega al comprador el título y una factura de compraventa firmada. El vendedor se queda con las placas y debe notificarnos la venta <a href="https://transport.example.gov/vehicles/sold">en línea</a> en un plazo de 10 días.</p><p>El comprador debe registrar el vehículo en un plazo de <strong>30 días</strong>, presentando el título, la factura de compraventa, el comprobante de seguro y una identificación. La tarifa es de $75 más el impuesto sobre la venta del precio de compra.</p>`,
    },
    keywords: ['sell car', 'buy car', 'change of ownership', 'title transfer', 'traspaso', 'vender auto'],
    updatedAt: '2026-05-20T14:30:00Z',
  },
  {
    id: 'transport-015',
    ministryId: 'transport',
    category: VEHICLES,
    serviceId: 'transport-vehicle-registration',
    question: {
      en: 'My licence plates were stolen. What should I do?',
      es: 'Me robaron las placas del auto. ¿Qué debo hacer?',
    },
    answerHtml: {
      en: `<p>Report the theft to the police first and get a report number: this protects you if the plates are used in a crime or to run up toll and parking fines.</p><p>Then apply for new plates with the <a href="https://transport.example.gov/contact/vehicle-registration">vehicle registration form</a>, choosing “Lost or stolen plates”, or at any office. Replacement plates cost <strong>$25</strong> and have a new number. Until they arrive, keep your police report in the car.</p>`,
      es: `<p>Primero denuncie el robo a la policía y obtenga un número de denuncia: le protege si las placas se usan en un delito o para acumular peajes y multas de estacionamiento.</p><p>Después solicite placas nuevas con el <a href="https://transport.example.gov/contact/vehicle-registration">formulario de registro de vehículos</a>, eligiendo «Placas perdidas o robadas», o en cualquier oficina. Las placas de reemplazo cuestan <strong>$25</strong> y tienen un número nuevo. Hasta que lleguen, lleve la denuncia policial en el auto.</p>`,
    },
    keywords: ['stolen plates', 'lost plates', 'number plate', 'license plate', 'placas robadas', 'matrícula'],
    updatedAt: '2026-05-20T14:30:00Z',
  },
  {
    id: 'transport-016',
    ministryId: 'transport',
    category: VEHICLES,
    serviceId: 'transport-vehicle-registration',
    question: {
      en: 'What documents do I need to register an imported vehicle?',
      es: '¿Qué documentos necesito para registrar un vehículo importado?',
    },
    answerHtml: {
      en: `<p>Bring to a vehicle registration office:</p><ul><li>the foreign title or registration document, with a certified translation if needed</li><li>the customs release form showing duties were paid</li><li>a VIN inspection, done at any state inspection station</li><li>proof of insurance and your driving licence</li></ul><p>The vehicle must meet local safety and emissions standards. Registration costs $75 plus $52 for two years of road use. Allow <strong>10 working days</strong> for the title to be issued.</p>`,
      es: `<p>Presente en una oficina de registro de vehículos:</p><ul><li>el título o documento de registro extranjero, con traducción certificada si hace falta</li><li>el formulario de liberación aduanera que acredite el pago de aranceles</li><li>una inspección del VIN, realizada en cualquier estación de inspección oficial</li><li>comprobante de seguro y su licencia de conducir</li></ul><p>El vehículo debe cumplir las normas locales de seguridad y emisiones. El registro cuesta $75 más $52 por dos años de circulación. Cuente con <strong>10 días hábiles</strong> para la emisión del título.</p>`,
    },
    keywords: ['import car', 'imported vehicle', 'customs', 'VIN', 'vehículo importado', 'aduana'],
    updatedAt: '2026-05-20T14:30:00Z',
  },
  {
    id: 'transport-017',
    ministryId: 'transport',
    category: ROADS,
    serviceId: 'transport-road-defects',
    question: {
      en: 'How do I report a pothole?',
      es: '¿Cómo reporto un bache?',
    },
    answerHtml: {
      en: `<p>Use the <a href="https://transport.example.gov/contact/road-defects">road defect form</a>. Put a pin on the map exactly where the pothole is, say which lane it is in and add photos if you can do so safely. You can report without giving your name, but leave an email or phone number if you want to follow progress with your reference number.</p><p>Never stop in traffic to take a photo. If a defect is dangerous, for example a collapsed road, call <strong>911</strong> first.</p>`,
      es: `<p>Use el <a href="https://transport.example.gov/contact/road-defects">formulario de daños en la vía</a>. Marque en el mapa el lugar exacto del bache, indique en qué carril está y agregue fotos si puede tomarlas de forma segura. Puede reportarlo sin dar su nombre, pero deje un correo electrónico o un teléfono si quiere seguir el avance con su número de referencia.</p><p>Nunca se detenga en medio del tráfico para tomar una foto. Si el daño es peligroso, por ejemplo una vía hundida, llame primero al <strong>911</strong>.</p>`,
    },
    keywords: ['pothole', 'hole in road', 'road damage', 'report pothole', 'bache', 'hoyo', 'calle rota'],
    updatedAt: '2026-11-10T08:45:00Z',
  },
  {
    id: 'transport-018',
    ministryId: 'transport',
    category: ROADS,
    serviceId: 'transport-road-defects',
    question: {
      en: 'How long does it take to fix a pothole after I report it?',
      es: '¿Cuánto tardan en arreglar un bache después de reportarlo?',
    },
    answerHtml: {
      en: `<p>An inspector checks every report within <strong>2 working days</strong> and decides how urgent it is:</p><ul><li>dangerous defects in a traffic lane are made safe within <strong>24 hours</strong></li><li>other potholes are filled within 10 working days</li><li>larger resurfacing is added to the yearly road programme</li></ul><p>Repairs may take longer after heavy rain, because asphalt cannot be laid on a wet road. You can follow progress with your reference number on the <a href="https://transport.example.gov/contact/status">status page</a>.</p>`,
      es: `<p>Un inspector revisa cada reporte en un plazo de <strong>2 días hábiles</strong> y decide su urgencia:</p><ul><li>los daños peligrosos en un carril de circulación se aseguran en <strong>24 horas</strong></li><li>los demás baches se rellenan en un plazo de 10 días hábiles</li><li>las repavimentaciones mayores se incluyen en el programa anual de carreteras</li></ul><p>Las reparaciones pueden tardar más después de lluvias fuertes, porque el asfalto no se puede colocar sobre la vía mojada. Puede seguir el avance con su número de referencia en la <a href="https://transport.example.gov/contact/status">página de estado</a>.</p>`,
    },
    keywords: ['pothole repair time', 'when fixed', 'road repair', 'reparación', 'cuánto tardan'],
    updatedAt: '2026-11-10T08:45:00Z',
  },
  {
    id: 'transport-019',
    ministryId: 'transport',
    category: ROADS,
    question: {
      en: 'My car was damaged by a pothole. Can I claim compensation?',
      es: 'Un bache dañó mi auto. ¿Puedo reclamar una indemnización?',
    },
    answerHtml: {
      en: `<p>You can file a claim within <strong>90 days</strong> of the damage using the <a href="https://transport.example.gov/roads/claims">vehicle damage claim form</a>. Include:</p><ul><li>the exact location, date and time</li><li>photos of the pothole and the damage</li><li>two repair estimates or the paid invoice</li></ul><p>Claims are usually accepted only if the pothole had already been reported and not repaired within our published time limits. Reporting a pothole on the road defect form is not the same as making a claim. Decisions take about 8 weeks.</p>`,
      es: `<p>Puede presentar una reclamación en un plazo de <strong>90 días</strong> desde el daño con el <a href="https://transport.example.gov/roads/claims">formulario de reclamación por daños al vehículo</a>. Incluya:</p><ul><li>el lugar exacto, la fecha y la hora</li><li>fotos del bache y de los daños</li><li>dos presupuestos de reparación o la factura pagada</li></ul><p>Por lo general, las reclamaciones solo se aceptan si el bache ya había sido reportado y no se reparó en los plazos publicados. Reportar un bache en el formulario de daños en la vía no equivale a presentar una reclamación. La resolución tarda unas 8 semanas.</p>`,
    },
    keywords: ['compensation', 'claim', 'tyre damage', 'flat tire', 'reclamación', 'indemnización', 'llanta'],
    updatedAt: '2026-11-10T08:45:00Z',
  },
  {
    id: 'transport-020',
    ministryId: 'transport',
    category: ROADS,
    serviceId: 'transport-road-defects',
    question: {
      en: 'A traffic light is not working. Who do I tell?',
      es: 'Un semáforo no funciona. ¿A quién aviso?',
    },
    answerHtml: {
      en: `<p>If the lights are completely off at a busy junction, call the <strong>24-hour signals line on 555-0199</strong>. For lights stuck on red, flashing, or with a broken pedestrian button, use the <a href="https://transport.example.gov/contact/road-defects">road defect form</a> and choose “Traffic signal not working”.</p><p>Until it is fixed, treat the junction as an <strong>all-way stop</strong>: stop, then go in turn. Signal faults are usually repaired within 4 hours.</p>`,
      es: `<p>Si las luces están completamente apagadas en un cruce con mucho tráfico, llame a la <strong>línea de semáforos, disponible las 24 horas, al 555-0199</strong>. Si las luces están fijas en rojo, intermitentes o el botón peatonal no funciona, use el <a href="https://transport.example.gov/contact/road-defects">formulario de daños en la vía</a> y elija «Semáforo que no funciona».</p><p>Mientras se repara, trate el cruce como una <strong>parada en todas las direcciones</strong>: deténgase y avance por turnos. Las averías de semáforos suelen repararse en un plazo de 4 horas.</p>`,
    },
    keywords: ['traffic light', 'traffic signal', 'stop light', 'broken lights', 'semáforo', 'luz roja'],
    updatedAt: '2026-11-10T08:45:00Z',
  },
  {
    id: 'transport-021',
    ministryId: 'transport',
    category: BUSES,
    question: {
      en: 'Where can I find bus routes and timetables?',
      es: '¿Dónde encuentro las rutas y horarios de autobuses?',
    },
    answerHtml: {
      en: `<p>All routes, maps and timetables are on the <a href="https://transport.example.gov/buses/routes">bus routes page</a>, which also shows the live position of each bus. Timetables are posted at every bus shelter, and you can text the <strong>stop number</strong> printed on the stop sign to 55016 to get the next three arrivals.</p><p>Most routes run from 5:30 am to midnight on weekdays. Weekend and holiday services are less frequent.</p>`,
      es: `<p>Todas las rutas, mapas y horarios están en la <a href="https://transport.example.gov/buses/routes">página de rutas de autobús</a>, que también muestra la posición en tiempo real de cada autobús. Los horarios están en cada parada con techo, y puede enviar por mensaje de texto el <strong>número de parada</strong> que figura en el letrero al 55016 para recibir las tres próximas llegadas.</p><p>La mayoría de las rutas funcionan de 5:30 a. m. a medianoche los días laborables. Los fines de semana y feriados el servicio es menos frecuente.</p>`,
    },
    keywords: ['bus schedule', 'timetable', 'route map', 'next bus', 'horarios', 'rutas', 'guagua'],
    updatedAt: '2026-08-11T11:00:00Z',
  },
  {
    id: 'transport-022',
    ministryId: 'transport',
    category: BUSES,
    question: {
      en: 'How much is the bus fare, and are there discounts for seniors and students?',
      es: '¿Cuánto cuesta el pasaje de autobús y hay descuentos para personas mayores y estudiantes?',
    },
    answerHtml: {
      en: `<p>A single ride costs <strong>$2.25</strong> with a fare card or contactless bank card, including free transfers for 2 hours. Cash is accepted on board (exact fare only).</p><ul><li>Seniors aged 65+ and people with disabilities pay half fare with a reduced-fare card.</li><li>Students aged 12 to 18 ride free on school days with their student pass.</li><li>Up to three children under 44 inches (112 cm) ride free with a paying adult.</li></ul><p>Apply for a reduced-fare card on the <a href="https://transport.example.gov/buses/fares">fares page</a>.</p>`,
      es: `<p>Un viaje cuesta <strong>$2.25</strong> con tarjeta de transporte o tarjeta bancaria sin contacto, con transbordos gratuitos durante 2 horas. A bordo se acepta efectivo (solo el importe exacto).</p><ul><li>Las personas de 65 años o más y las personas con discapacidad pagan la mitad con una tarjeta de tarifa reducida.</li><li>Los estudiantes de 12 a 18 años viajan gratis los días de clase con su pase estudiantil.</li><li>Hasta tres niños de menos de 44 pulgadas (112 cm) viajan gratis con un adulto que paga.</li></ul><p>Solicite la tarjeta de tarifa reducida en la <a href="https://transport.example.gov/buses/fares">página de tarifas</a>.</p>`,
    },
    keywords: ['bus fare', 'ticket price', 'senior discount', 'student pass', 'reduced fare', 'pasaje', 'tarifa'],
    updatedAt: '2026-08-11T11:00:00Z',
  },
  {
    id: 'transport-023',
    ministryId: 'transport',
    category: BUSES,
    serviceId: 'transport-bus-service',
    question: {
      en: 'I left my bag on the bus. How do I get it back?',
      es: 'Dejé mi bolso en el autobús. ¿Cómo lo recupero?',
    },
    answerHtml: {
      en: `<p>Items found on buses are sent to the <strong>lost property office</strong> at the Central bus depot by the next working day and kept for <strong>30 days</strong>. Report your loss with the <a href="https://transport.example.gov/contact/bus-service">bus service form</a>, choosing “I left something on a bus”, and describe the item: colour, brand and what was inside.</p><p>We contact you if it is found. Bring photo ID to collect it, Monday to Friday, 10:00 am to 4:00 pm. Phones and wallets are handed to the police after 7 days.</p>`,
      es: `<p>Los objetos encontrados en los autobuses se envían a la <strong>oficina de objetos perdidos</strong> de la terminal Central al siguiente día hábil y se guardan durante <strong>30 días</strong>. Reporte la pérdida con el <a href="https://transport.example.gov/contact/bus-service">formulario del servicio de autobuses</a>, eligiendo «Olvidé algo en un autobús», y describa el objeto: color, marca y qué contenía.</p><p>Le avisamos si aparece. Para recogerlo, traiga una identificación con foto, de lunes a viernes, de 10:00 a. m. a 4:00 p. m. Los teléfonos y billeteras se entregan a la policía pasados 7 días.</p>`,
    },
    keywords: ['lost property', 'lost and found', 'left on bus', 'forgot bag', 'objetos perdidos'],
    updatedAt: '2026-08-11T11:00:00Z',
  },
  {
    id: 'transport-024',
    ministryId: 'transport',
    category: BUSES,
    serviceId: 'transport-bus-service',
    question: {
      en: 'How do I complain about a late bus or a bus driver?',
      es: '¿Cómo me quejo de un autobús que llegó tarde o de un conductor?',
    },
    answerHtml: {
      en: `<p>Use the <a href="https://transport.example.gov/contact/bus-service">bus service form</a>. To help us check the vehicle tracking and on-board cameras, give:</p><ul><li>the route number and direction</li><li>the date and approximate time</li><li>the stop where it happened</li><li>the four-digit bus number on the front or side of the bus, if you saw it</li></ul><p>Camera footage is kept for only 14 days, so report as soon as you can. We reply within <strong>7 working days</strong>.</p>`,
      es: `<p>Use el <a href="https://transport.example.gov/contact/bus-service">formulario del servicio de autobuses</a>. Para ayudarnos a revisar el rastreo del vehículo y las cámaras a bordo, indique:</p><ul><li>el número de ruta y el sentido</li><li>la fecha y la hora aproximada</li><li>la parada donde ocurrió</li><li>el número de cuatro dígitos del autobús que aparece en el frente o en el costado, si lo vio</li></ul><p>Las grabaciones se conservan solo 14 días, así que repórtelo cuanto antes. Respondemos en un plazo de <strong>7 días hábiles</strong>.</p>`,
    },
    keywords: ['bus complaint', 'late bus', 'rude driver', 'bus did not stop', 'queja', 'chofer'],
    updatedAt: '2026-08-11T11:00:00Z',
  },
  {
    id: 'transport-025',
    ministryId: 'transport',
    category: BUSES,
    serviceId: 'transport-bus-service',
    question: {
      en: 'Are the buses wheelchair accessible?',
      es: '¿Los autobuses son accesibles en silla de ruedas?',
    },
    answerHtml: {
      en: `<p>Yes. Every bus is low-floor with a <strong>ramp</strong> at the front door and kneels to the kerb on request. Each bus has two wheelchair spaces and priority seats near the front. Stops are announced on screen and out loud. Assistance animals are always welcome.</p><p>If a ramp did not work or the driver did not deploy it, report it with the <a href="https://transport.example.gov/contact/bus-service">bus service form</a> and choose “Ramp, priority seating or announcements”, so we can take the bus out of service for repair.</p>`,
      es: `<p>Sí. Todos los autobuses son de piso bajo, tienen una <strong>rampa</strong> en la puerta delantera y se inclinan hacia la acera a petición. Cada autobús tiene dos espacios para sillas de ruedas y asientos preferentes cerca del frente. Las paradas se anuncian en pantalla y en voz alta. Los animales de asistencia siempre son bienvenidos.</p><p>Si la rampa no funcionó o el conductor no la desplegó, repórtelo con el <a href="https://transport.example.gov/contact/bus-service">formulario del servicio de autobuses</a> y elija «Rampa, asientos preferentes o anuncios», para que podamos retirar el autobús del servicio y repararlo.</p>`,
    },
    keywords: ['wheelchair', 'accessible bus', 'ramp', 'disability', 'silla de ruedas', 'accesibilidad'],
    updatedAt: '2026-08-11T11:00:00Z',
  },
];
