/**
 * Instructions and reports (指示・報告): an executive instructs a named person on a subject (what, by
 * when, for which phase, gate and check items); the assignee reports with text and attachments; the
 * executive accepts the report or sends it back with a comment. Holds the ready-made instruction
 * templates the guide names for each phase, and the attachments (in PostgreSQL, with SHA-256, size
 * limit and type detected from the content). Generic over its subject.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Instructions and reports")
package io.mekiki.instruction;
