package io.mekiki.shared;

/**
 * Who caused a change: a user, or the system itself for start-up and scheduled work.
 *
 * @param id stable identifier (a user id, or {@code system})
 * @param name human-readable name at the time of the change
 */
public record Actor(String id, String name) {

    public static Actor system() {
        return new Actor("system", "Mekiki");
    }
}
