/** Where `npm run dev` serves its demo product page (development builds only). */
export const DEV_SERVER_PORT = 3000;
export const DEMO_PATH = '/demo/product.html';
export const DEMO_PAGE_URL = `http://localhost:${DEV_SERVER_PORT}${DEMO_PATH}`;
// No port: Firefox ignores match patterns that name one (MDN, "Match patterns"); without a port
// both browsers match any port.
export const DEMO_PAGE_MATCH = 'http://localhost/demo/*';

/**
 * Development builds carry a fixed public key, so the extension has the same id on every machine
 * and `npm run dev` can pin its icon to the toolbar, where the badge is seen at once. The private
 * half is not needed by anyone and is not kept.
 */
export const DEV_MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwLQIbsUCxbKryKaV1F9NnOzYdQqYQqk6yPe3yCP8Nt+Btx1IJzqEjEV6TylP9pOOn0iIEvprbcpqmhBGUMEhVp2SbizlJJI3FuNoAJ2SZ9q13vTC2jGrToX0dL9tAOH7P3xBAdwy3wdTRs/S3RlIFFOEqtZBtv8M8uPj9uAsQx7ptc0UdicQZtBRP6jlGOF7fx/vk9ONKD9nTH3SO+F9BAAdoEJQQU9xErmHjljaBqZAqVIbjma4YiCHfGD5aq+VU+lO0vwsvU4eRMHejoYw/ca+TO64hcAQXmRqfVN4Bheb+kX3Dfd/l31S/V7E+9wmmKm0npOG8sqxAi+wdCbx+QIDAQAB';
export const DEV_EXTENSION_ID = 'ghpfidgbbfbbfecnjkeoplgpndgdniim';
