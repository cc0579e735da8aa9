/**
 * The web shell: layout, navigation by life-cycle phase, home page, language choice, error pages and
 * the mapping of refusals to problem details for {@code /api/v1}. Holds no business rules; it calls
 * the other modules' APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package io.mekiki.web;
