package io.github.privacyflow.sinks.identity;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The classroom's password check, wrapped to audit it: Spring Security calls it with what a
 * learner typed at sign-in and the hash stored for the account, so logging either logs the
 * learner's credentials, whatever the parameters are called.
 */
public class AuditedPasswordEncoder implements PasswordEncoder {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AuditedPasswordEncoder.class);

    private final PasswordEncoder delegate = new BCryptPasswordEncoder();

    @Override
    public String encode(CharSequence typed) {
        log.debug("encoding a new account's password");
        return delegate.encode(typed);
    }

    @Override
    public boolean matches(CharSequence typed, String stored) {
        log.debug("checking against stored hash {}", stored); // expect PF003
        log.debug("stored hash has {} characters", stored.length());
        return delegate.matches(typed, stored);
    }

    /** Not the library's method: the program calls it with its own settings. */
    public String encode(CharSequence pepper, int rounds) {
        log.debug("pepper {} with {} rounds", pepper, rounds);
        return delegate.encode(pepper);
    }
}
