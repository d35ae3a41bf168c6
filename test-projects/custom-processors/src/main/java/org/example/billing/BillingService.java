package org.example.billing;

import io.github.privacyflow.annotations.Purpose;
import org.example.model.Learner;

@Purpose("provide-feature")
public class BillingService {

    private final PaymentClient payments = new PaymentClient();

    /**
     * The agreement lists the payment provider for this data, but the policy misspells the kind
     * its processor receives ('paymnets'), so no processor receives 'payments': the flow is
     * reported, and the policy warned about, until the spelling is fixed.
     */
    public void chargeCourseFee(Learner learner, long cents) {
        payments.charge(learner.getEmail(), cents); // expect PF005
    }

    /** Only the amount reaches the payment client's sunk parameter: nothing to report. */
    public void chargeAnonymousDonation(long cents) {
        payments.charge("anonymous", cents);
    }
}
