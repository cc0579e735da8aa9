/**
 * The runtime platform: where the data lives and how the database is provided. Starts an embedded
 * PostgreSQL under {@code MEKIKI_DATA_DIR} when no external database is configured, guards the data
 * directory against a second instance, and stops the database with the application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package io.mekiki.platform;
