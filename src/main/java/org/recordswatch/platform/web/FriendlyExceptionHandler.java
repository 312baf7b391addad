package org.recordswatch.platform.web;

import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recordswatch.platform.AccessDeniedException;
import org.recordswatch.platform.NotFoundException;

/**
 * Turns exceptions escaping a page into answers a user understands, without leaking internals:
 * an object the caller may not see is a 404 (whether it exists or not), a refused action a 403, an expired view
 * a redirect to the same page, and anything else a generic error page with an error id that is logged with the
 * stack trace.
 */
public class FriendlyExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(FriendlyExceptionHandler.class.getName());

    FriendlyExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            FacesContext fc = FacesContext.getCurrentInstance();
            try {
                if (handleOne(fc, thrown)) {
                    events.remove();
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.SEVERE, "Could not render the error answer", e);
            }
        }
        getWrapped().handle();
    }

    private boolean handleOne(FacesContext fc, Throwable thrown) throws IOException {
        Throwable root = unwrap(thrown);
        ExternalContext ec = fc.getExternalContext();
        if (root instanceof ViewExpiredException expired) {
            String view = expired.getViewId() == null ? "/index.xhtml" : expired.getViewId();
            ec.getFlash().setKeepMessages(true);
            Messages.warn("error.viewExpired");
            ec.redirect(ec.getRequestContextPath() + view);
            fc.responseComplete();
            return true;
        }
        if (root instanceof NotFoundException) {
            return sendError(fc, HttpServletResponse.SC_NOT_FOUND);
        }
        if (root instanceof AccessDeniedException) {
            return sendError(fc, HttpServletResponse.SC_FORBIDDEN);
        }
        if (root instanceof OptimisticLockException) {
            Messages.error("error.concurrentChange");
            fc.renderResponse();
            return true;
        }
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unhandled error " + errorId + " on " + fc.getViewRoot(), thrown);
        ec.getRequestMap().put("rw.errorId", errorId);
        return sendError(fc, HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }

    private static boolean sendError(FacesContext fc, int status) throws IOException {
        ExternalContext ec = fc.getExternalContext();
        if (ec.isResponseCommitted()) {
            return false;
        }
        if (fc.getPartialViewContext().isAjaxRequest()) {
            ec.redirect(ec.getRequestContextPath() + "/error.xhtml?status=" + status);
        } else {
            ec.responseReset();
            ec.responseSendError(status, null);
        }
        fc.responseComplete();
        return true;
    }

    static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof FacesException || current instanceof EJBException
                || current.getClass().getName().startsWith("jakarta.el.") || current.getCause() != null
                && current.getClass().getName().equals("jakarta.transaction.RollbackException"))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
