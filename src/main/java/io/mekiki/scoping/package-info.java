/**
 * Scoping: which sections and check items of the catalogue apply to a planned cloud use, and why. The
 * engine is a pure function of the organisation's facts, the information assets in scope and the
 * intended service; it follows the guide's reading flow and explains every result in both languages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scoping")
package io.mekiki.scoping;
