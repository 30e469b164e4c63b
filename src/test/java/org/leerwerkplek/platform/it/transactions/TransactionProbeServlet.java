package org.leerwerkplek.platform.it.transactions;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;

/**
 * Deployed by PlatformIT only (a servlet, not a REST resource, so the API's stored OpenAPI
 * document stays the application's): the probe from a web request and from an EJB.
 */
@WebServlet("/it/transaction-probe")
public class TransactionProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TransactionProbe probe;

    @Inject
    transient SchedulerShapedProbe scheduler;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getParameter("key");
        try {
            String seen = "{\"web\":" + TransactionProbe.run(probe, key + "-web") + ",\"ejb\":"
                    + scheduler.run(key + "-ejb") + "}";
            response.setContentType("application/json");
            response.getWriter().write(seen);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
