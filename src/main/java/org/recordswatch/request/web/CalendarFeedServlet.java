package org.recordswatch.request.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.recordswatch.request.CalendarFeeds;

/**
 * {@code GET /calendar/<token>.ics}: the deadlines feed at its secret address (public in web.xml: calendar clients
 * cannot log in). Unknown, revoked or malformed tokens get a plain 404.
 */
@WebServlet(name = "CalendarFeedServlet", urlPatterns = "/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CalendarFeeds feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String token = path == null ? null : path.replaceFirst("^/", "").replaceFirst("\\.ics$", "");
        Optional<String> feed = feeds.feed(token);
        if (feed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar;charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"records-watch.ics\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
