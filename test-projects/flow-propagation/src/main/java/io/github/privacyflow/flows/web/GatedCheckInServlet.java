package io.github.privacyflow.flows.web;

import io.github.privacyflow.annotations.Purpose;
import io.github.privacyflow.flows.consent.ConsentService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** CheckInServlet's doPost done right: the consent gate first, and a store one of the agreement's processors runs. */
@Purpose("provide-feature")
public class GatedCheckInServlet extends HttpServlet {

    private final transient ConsentService consent = new ConsentService();
    private final transient Connection connection;

    public GatedCheckInServlet(Connection connection) {
        this.connection = connection;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException { // clean twin of flow-propagation/CheckInServlet.java: PF009
        consent.requireConsent(request.getParameter("room"), request.getParameter("ticket"));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO kiosk_visit (ip) VALUES (?)")) {
            insert.setString(1, request.getRemoteAddr()); // clean twin of flow-propagation/CheckInServlet.java: PF005
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("cannot record the visit", e);
        }
    }
}
