/** This package's version, taken from package.json at build time. */
export const VERSION: string = __PACKAGE_VERSION__;

/** The `user-agent` header of every API request. */
export const USER_AGENT = `camunda-ts/${VERSION}`;
