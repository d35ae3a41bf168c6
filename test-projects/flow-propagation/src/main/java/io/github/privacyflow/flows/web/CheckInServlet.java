package io.github.privacyflow.flows.web;

import io.github.privacyflow.annotations.Purpose;
import io.github.privacyflow.flows.consent.ConsentService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FileWriter;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The kiosk check-in endpoint of the school's lobby. The class declares provide-feature. */
@Purpose("provide-feature")
public class CheckInServlet extends HttpServlet {

    private final transient ConsentService consent = new ConsentService();
    private final transient Connection connection;

    public CheckInServlet(Connection connection) {
        this.connection = connection;
    }

    // consent: a servlet writing the client's IP address to a file, no gate
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException { // expect PF009
        try (Writer out = new FileWriter("/var/log/kiosk/check-ins.txt", true)) {
            // provide-feature is permitted, but no processor takes files
            out.write(request.getRemoteAddr() + "\n"); // expect PF005
        }
    }

    // consent: the gate first, then a JDBC store (silent)
    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        consent.requireConsent(request.getParameter("room"), request.getParameter("ticket"));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO kiosk_visit (ip) VALUES (?)")) {
            insert.setString(1, request.getRemoteAddr());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("cannot record the visit", e);
        }
    }

    // consent: a servlet method that stores nothing (silent)
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.getWriter().write("kiosk ready");
    }
}
