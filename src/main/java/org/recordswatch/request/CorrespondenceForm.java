package org.recordswatch.request;

import java.time.LocalDate;

/** A letter, e-mail, call, portal message or note to add to a request's log. */
public record CorrespondenceForm(Correspondence.Kind kind, Correspondence.Direction direction, LocalDate on,
        String subject, String body) {
}
