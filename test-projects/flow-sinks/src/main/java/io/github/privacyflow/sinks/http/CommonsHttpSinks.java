package io.github.privacyflow.sinks.http;

import io.github.privacyflow.sinks.model.Learner;
import java.io.IOException;
import org.apache.commons.httpclient.HttpClient;
import org.apache.commons.httpclient.NameValuePair;
import org.apache.commons.httpclient.methods.GetMethod;
import org.apache.commons.httpclient.methods.PostMethod;

/**
 * The oldest integration, on Commons HttpClient 3: the forum's spam check posts what a learner
 * wrote with their address; the health check of the same service sends nothing of anyone.
 */
public class CommonsHttpSinks {

    private final HttpClient client = new HttpClient();

    public int checkForSpam(Learner learner, String posting) throws IOException {
        PostMethod check = new PostMethod("https://spamcheck.example.org/1.1/comment-check");
        check.addParameter(new NameValuePair("comment_author_email", learner.getEmail()));
        check.addParameter(new NameValuePair("comment_content", posting));
        return client.executeMethod(check); // expect PF005
    }

    public int ping() throws IOException {
        return client.executeMethod(new GetMethod("https://spamcheck.example.org/1.1/verify-key"));
    }
}
