package org.recordswatch.platform.api;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recordswatch.platform.AccessDeniedException;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.NotFoundException;
import org.recordswatch.platform.web.Messages;

/**
 * Maps exceptions to API answers without leaking internals: out-of-scope or missing objects are 404 (the two are
 * indistinguishable), refused functions 403, broken business rules 400 with their explanation, concurrent edits 409,
 * anything else 500 with an error id that is logged with the stack trace.
 */
@Provider
public class ApiExceptionMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable t = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (t instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            return error(status, "http_" + status, wae.getMessage());
        }
        if (t instanceof NotFoundException) {
            return error(404, "not_found", "Not found");
        }
        if (t instanceof AccessDeniedException) {
            return error(403, "forbidden", "Not allowed");
        }
        if (t instanceof BusinessException be) {
            return error(400, be.messageKey(), Messages.get(Locale.ENGLISH, be.messageKey(), be.args()));
        }
        if (t instanceof OptimisticLockException) {
            return error(409, "conflict", "Changed by someone else in the meantime; reload and try again");
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "API error " + id, thrown);
        return error(500, "internal_error", "Internal error " + id);
    }

    static Response error(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, code, message)).build();
    }
}
