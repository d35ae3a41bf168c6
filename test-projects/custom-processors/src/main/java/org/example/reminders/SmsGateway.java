package org.example.reminders;

/** Stands in for the SMS vendor's SDK client: whatever it is given leaves for the gateway. */
public class SmsGateway {

    public void send(String phoneNumber, String text) {
        // the vendor SDK call
    }
}
