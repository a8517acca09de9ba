export { createMockContactCentre, DEFAULT_MOCK_BASE_URL } from './mock.ts';
export type { MockContactCentre, MockContactCentreOptions } from './mock.ts';
