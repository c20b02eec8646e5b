/**
 * Added to a long poll's server-side `requestTimeout` to get its client-side budget: the server answers at the
 * end of its own wait, and the margin covers the network and the server's scheduling.
 */
export const LONG_POLL_MARGIN_MS = 10_000;
