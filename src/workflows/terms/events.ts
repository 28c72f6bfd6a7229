/** Events of the terms domain; payloads carry ids only. */
export const TermEvents = {
  VERSION_PUBLISHED: "term.version_published",
  CONSENTS_RECORDED: "term_consent.recorded",
} as const
