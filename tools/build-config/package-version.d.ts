/** The `version` of the package being built or tested, replaced at build time (tsup `define`, vitest `define`). */
declare const __PACKAGE_VERSION__: string;
