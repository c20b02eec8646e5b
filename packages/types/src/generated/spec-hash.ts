// Generated from the OpenAPI spec — do not edit

/** Identifies the OpenAPI spec this code was generated from (`specHash` of spec-metadata.json). */
export const SPEC_HASH = 'sha256:c0b61c0be7d3114128f8b5494ffe8ed1661155f6b0aa6e46177f686a19019ea1';
