package io.mekiki.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The requested thing does not exist in the caller's organisation. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    private final String subjectType;

    public NotFoundException(String subjectType, Object id) {
        super(subjectType + " " + id + " not found");
        this.subjectType = subjectType;
    }

    public String subjectType() {
        return subjectType;
    }
}
