/** The secret tests sign and check approval links with (the worker and the API share it). */
export const TEST_LINK_SECRET = 'test-link-secret-test-link-secret-0123456789';
