package io.mekiki.questionnaire;

import io.mekiki.shared.Actor;
import java.util.UUID;

/**
 * The provider contact as the actor of the steps taken through a questionnaire's link: not a user of the
 * organisation. The ledger keeps the id {@code provider-contact:<contact id>} and the name "name (provider)".
 */
public final class ProviderContactActor {

    /** The prefix of the actor ids of provider contacts in the ledger. */
    public static final String PREFIX = "provider-contact:";

    private ProviderContactActor() {}

    public static Actor of(UUID contactId, String contactName, String providerName) {
        return new Actor(PREFIX + contactId, contactName + " (" + providerName + ")");
    }

    public static boolean is(String actorId) {
        return actorId != null && actorId.startsWith(PREFIX);
    }
}
