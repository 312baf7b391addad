package org.recordswatch.it.browser;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.recordswatch.it.EvidenceRows;

/**
 * Test-only (added to the browser test's deployment, never to the application): writes {@link EvidenceRows}' invented
 * communications for two requests an advocate created through the API, for an administrator, and answers the ids.
 */
@WebServlet(name = "EvidenceSeed", urlPatterns = "/it-seed/evidence")
public class EvidenceSeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    EvidenceRows rows;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole("ADMIN")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        EvidenceRows.Seeded s = rows.store(Long.parseLong(request.getParameter("mvd")),
                Long.parseLong(request.getParameter("doh")));
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write("seeded campaign=" + s.campaignId() + " word=" + s.word() + " disclosure="
                + s.stateDisclosure() + " end");
    }
}
