package org.example.billing;

/** Stands in for the payment provider's client. */
public class PaymentClient {

    public void charge(String payerReference, long cents) {
        // the provider's API call
    }
}
