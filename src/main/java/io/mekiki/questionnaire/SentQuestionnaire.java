package io.mekiki.questionnaire;

/**
 * A questionnaire just sent (or sent again) with its link: the only moment the link is known, since only its
 * token's SHA-256 is kept.
 *
 * @param link the address the provider contact opens ({@code <public URL>/q/<token>})
 * @param mailed whether a mail with the link went to the contact; when not, the link is to be handed over
 */
public record SentQuestionnaire(Questionnaire questionnaire, String link, boolean mailed) {}
