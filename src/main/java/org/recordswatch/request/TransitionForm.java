package org.recordswatch.request;

import java.time.LocalDate;

/**
 * A step to record: the new status, the day it happened, a date the agency stated (estimate, date certain), a note,
 * and for a denial what the letter said.
 */
public record TransitionForm(RequestStatus to, LocalDate on, LocalDate statedDate, String note, DenialDetails denial) {
}
