/**
 * Questionnaires (事業者への質問票, ADR 041): the check items of a candidate's assessment sent to a contact of the
 * candidate's provider through a secure link that needs no account ({@code /q/{token}}: a 256-bit random token
 * stored only as its SHA-256, valid until the due date plus the organisation's grace period, revocable). The
 * provider answers per item, saves drafts, attaches evidence and submits; the answers land in the assessment as
 * provider statements, which the risk officer accepts, questions (the item reopens for the provider) or
 * overrides. Every step is recorded in the audit ledger, the provider's steps with the provider contact as
 * actor. Builds on assessments, selection, providers, initiatives and the catalogue; none of them knows it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Questionnaires")
package io.mekiki.questionnaire;
