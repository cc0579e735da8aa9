package io.mekiki.platform;

/** An event of the registry test only; no module publishes it. */
record ProbeHappened(String marker) {}
