/** The match pattern of one host: https only (a backend served over http is not the seller's).
 *  Its own module so a content script takes it without the registry (./hosts.ts). */
export const matchPattern = (host: string): string => `https://${host}/*`;
