package org.leerwerkplek.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.leerwerkplek.platform.api.ApiErrors;

/**
 * Headers that keep pages out of frames, stop type sniffing and keep signed-in pages out of caches.
 * Pages get their Content-Security-Policy from PrimeFaces (nonce-based, {@code primefaces.CSP_POLICY}
 * in {@code web.xml}), because only it knows the nonce of each page; the API's answers, which a
 * browser should never run or show as a page, get {@value #API_POLICY}.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (ApiErrors.isApiRequest(request)) {
            response.setHeader("Content-Security-Policy", API_POLICY);
        }
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
