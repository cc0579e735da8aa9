/**
 * Demo data: with the Spring profile {@code demo}, an empty installation is seeded once with an
 * organisation, its people, profile, information assets and initiatives at different points of the
 * life cycle, all made through the other modules' services so that the audit ledger tells the story.
 * Depends on everything; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package io.mekiki.demo;
