package io.mekiki.shared;

/**
 * A request refers to a record (by an id in its body, e.g. {@code subjectId}) that is not one of the
 * caller's organisation: answered as invalid input naming the field (400), the same whether the record
 * belongs to another organisation or does not exist, so that nothing is learnt about other organisations.
 * An id in the path that is not found is a {@link NotFoundException} (404) instead.
 */
public class UnknownReferenceException extends RuleViolationException {

    public UnknownReferenceException(String field, String messageCode, Object... arguments) {
        super(Kind.UNPROCESSABLE, field, messageCode, arguments);
    }
}
