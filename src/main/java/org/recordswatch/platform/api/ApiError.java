package org.recordswatch.platform.api;

/** The body of every error answer of the API: a stable code and a human-readable message. */
public record ApiError(int status, String code, String message) {
}
