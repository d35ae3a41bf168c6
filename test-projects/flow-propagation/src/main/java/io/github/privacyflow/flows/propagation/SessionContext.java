package io.github.privacyflow.flows.propagation;

import io.github.privacyflow.annotations.PersonalData;
import java.util.Map;

/** Who the current request is for, from the single sign-on headers. */
public class SessionContext {

    private final Map<String, String> headers;

    public SessionContext(Map<String, String> headers) {
        this.headers = headers;
    }

    /** The signed-in end user's login, as the identity provider sent it. */
    @PersonalData(category = "user-interaction")
    public String currentLogin() {
        return headers.getOrDefault("X-Forwarded-User", "anonymous");
    }

    public String tenant() {
        return headers.getOrDefault("X-Tenant", "default");
    }
}
