/**
 * The check catalogue: versioned releases of check items (YAML under version control, or uploaded by an
 * administrator), and the reference library they cite (laws and guidelines, the seven cloud risks,
 * the glossary, sector rules). Validates every release before it is stored; releases never change once
 * stored, so that later assessments can pin the release they used.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Check catalogue")
package io.mekiki.catalog;
