package org.recordswatch.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.recordswatch.platform.security.Role;

/** Who does something to a request, in which role, at which instant, and what "today" is for them. */
public record Actor(String username, Role role, Instant at, LocalDate today) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(today, "today");
    }
}
