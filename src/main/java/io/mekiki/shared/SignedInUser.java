package io.mekiki.shared;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** The person behind the current request, as every module needs to know them. */
public interface SignedInUser {

    UUID userId();

    UUID organizationId();

    String email();

    String displayName();

    /** Role names as in {@code identity.Role}, e.g. {@code EXECUTIVE}. */
    Set<String> roleNames();

    Locale language();

    default Actor actor() {
        return new Actor(userId().toString(), displayName() + " <" + email() + ">");
    }
}
