package io.github.privacyflow.sinks.identity;

import javax.servlet.http.HttpServletRequest;
import org.apache.wiki.util.HttpUtil;
import org.springframework.security.core.Authentication;

/**
 * The classroom's sign-in audit: who signed in or out, and from where. The identity comes from
 * libraries, not from the program's own records: Spring Security's authentication and a wiki
 * library's request helper. Logging is a permitted sink kind, so each flow only lacks a purpose.
 */
public class SignedInUsers {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SignedInUsers.class);

    public void signedOut(Authentication authentication) {
        log.info("signed out: {}", authentication.getName()); // expect PF003
        log.info("was authenticated: {}", authentication.isAuthenticated());
        log.info("granted: {}", authentication.getAuthorities().size());
    }

    public void signedIn(HttpServletRequest request) {
        log.info("signed in from {}", HttpUtil.getRemoteAddress(request)); // expect PF003
        log.info("query: {}", HttpUtil.safeGetQueryString(request, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Behind the school's single sign-on proxy, the proxy names the signed-in learner in a header. */
    public void proxied(HttpServletRequest request) {
        log.info("proxy says {}", request.getHeader("X-Remote-User")); // expect PF003
        log.info("request {}", request.getHeader("X-Request-Id"));
        log.info("user-activated navigation: {}", request.getHeader("Sec-Fetch-User"));
    }

    public void attached(javax.activation.DataHandler upload) {
        // A static helper named after what it reads, but what it reads names nobody.
        log.info("upload encoded as {}", javax.mail.internet.MimeUtility.getEncoding(upload));
    }
}
