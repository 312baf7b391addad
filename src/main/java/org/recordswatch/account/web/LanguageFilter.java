package org.recordswatch.account.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Handles the header's language links ({@code ?lang=es}): switches the session's language, saves it on the account,
 * and redirects to the same URL without the parameter, so that every other query parameter is kept.
 */
@WebFilter(filterName = "LanguageFilter", urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    LanguageSwitch language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String lang = request.getParameter("lang");
        if (lang == null || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        language.switchTo(lang, request.getUserPrincipal() != null);
        StringBuilder target = new StringBuilder(request.getRequestURI().replaceFirst("^/+", "/"));
        String query = request.getQueryString();
        String separator = "?";
        if (query != null) {
            for (String part : query.split("&")) {
                if (!part.isEmpty() && !part.startsWith("lang=")) {
                    target.append(separator).append(part);
                    separator = "&";
                }
            }
        }
        response.sendRedirect(target.toString());
    }
}
