package com.appraisalbot.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /health}: 200 when the database answers, 503 when it does not. */
final class HealthServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(HealthServlet.class);
    private static final int DATABASE_TIMEOUT_SECONDS = 2;

    private final transient DataSource dataSource;

    HealthServlet(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean databaseUp = databaseAnswers();
        response.setStatus(databaseUp ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        String status = databaseUp ? "up" : "down";
        response.getWriter().write("{\"status\":\"" + status + "\",\"database\":\"" + status + "\"}");
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(DATABASE_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            LOG.warn("Health check: the database does not answer ({}); check it is running", e.getMessage());
            return false;
        }
    }
}
