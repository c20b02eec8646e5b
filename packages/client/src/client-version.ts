/** The version of `@camunda-ts/client`, taken from package.json at build time; its major.minor is the Camunda version it targets. */
export const CLIENT_VERSION: string = __PACKAGE_VERSION__;
