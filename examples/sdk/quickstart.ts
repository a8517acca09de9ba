import { createClient, isValidationError } from '@civic-contact/sdk';
import { createMockContactCentre } from '@civic-contact/mock';

// An in-memory contact centre with the demo ministries; point baseUrl at a real one instead.
const mock = await createMockContactCentre();
const client = createClient({ baseUrl: mock.baseUrl, siteKey: mock.keys.site.transport!, fetch: mock.fetch });

const { ministry, services } = await client.services.list();
console.log(`${ministry.name.en} takes complaints about ${services.length} services`);

const ticket = await client.complaints.create({
  service: 'transport-road-defects',
  subject: 'Pothole outside the school',
  description: 'A deep pothole on Bridge Street is making cars swerve towards the pavement.',
  answers: { defect_type: 'pothole', size: 'large', position: 'traffic_lane' },
  citizen: { email: 'ama.joseph@example.org' },
  location: { address: '12 Bridge Street' },
});
console.log(`Reference ${ticket.reference}: we will answer by ${new Date(ticket.expectedResponseBy).toDateString()}`);

const status = await client.tickets.get(ticket.reference, { verifier: 'ama.joseph@example.org' });
console.log(`Status: ${status.status}`);

try {
  // A pothole report needs its size: the server says so, field by field.
  await client.complaints.create({
    service: 'transport-road-defects',
    subject: 'Another pothole',
    description: 'On Main Street.',
    answers: { defect_type: 'pothole', position: 'traffic_lane' },
    citizen: { email: 'ama.joseph@example.org' },
    location: { address: '3 Main Street' },
  });
} catch (error) {
  if (!isValidationError(error)) throw error;
  for (const { field, message } of error.errors) console.log(`${field}: ${message}`);
}
