package org.leerwerkplek.platform.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Times every request to the application by its {@link RequestKind} ({@code lwp.http.requests}) and
 * counts those that end in a server error ({@code lwp.http.errors}); see {@link ApplicationMetrics}.
 * The time is the thread's time in the application, up to the end of the response.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestMetricsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApplicationMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<RequestKind> kind = RequestKind.of(request.getRequestURI().substring(request.getContextPath().length()),
                request.getUserPrincipal() != null);
        if (kind.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = response.getStatus() >= 500;
        } finally {
            metrics.request(kind.get(), System.nanoTime() - start, failed);
        }
    }
}
