package com.appraisalbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jetty's error page for an exception that escapes a servlet, which must give nothing away. */
class QuietErrorHandlerTest {

    private static final String PRIVATE_TEXT = "PrivateAppraisalText";

    private Server server;

    @BeforeEach
    void startServerWhoseServletThrows() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new ThrowingServlet()), "/*");
        context.setErrorHandler(new QuietErrorHandler());
        server.setHandler(context);
        server.start();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.stop();
    }

    @Test
    void errorPageForAnEscapedExceptionShowsNeitherItsMessageNorItsStack() throws Exception {
        HttpResponse<String> response = get("text/html");
        HttpResponse<String> plain = get("text/plain");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("Server Error")
                .doesNotContain(PRIVATE_TEXT)
                .doesNotContain("IllegalStateException")
                .doesNotContain("ThrowingServlet");
        assertThat(plain.body()).doesNotContain(PRIVATE_TEXT).doesNotContain("IllegalStateException");
    }

    private HttpResponse<String> get(String accept) throws Exception {
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/anything"))
                                .header("Accept", accept)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static final class ThrowingServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            throw new IllegalStateException("Could not read " + PRIVATE_TEXT);
        }
    }
}
