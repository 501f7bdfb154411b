/** Where `npm run dev` serves its demo product page (development builds only). */
export const DEV_SERVER_PORT = 3000;
export const DEMO_PATH = '/demo/product.html';
export const DEMO_PAGE_URL = `http://localhost:${DEV_SERVER_PORT}${DEMO_PATH}`;
export const DEMO_PAGE_MATCH = `http://localhost:${DEV_SERVER_PORT}/demo/*`;
