package io.github.privacyflow.demo.quality;

import java.net.URI;

/**
 * A media server of the cluster that rooms are placed on.
 *
 * @param hostName its DNS name
 * @param port its media port
 * @param region the cloud region, e.g. "ap-guangzhou"
 * @param healthCheckUrl the endpoint the load balancer probes
 * @param healthy whether the last probe succeeded
 */
public record MediaServerNode(
        String hostName,
        int port,
        String region,
        URI healthCheckUrl,
        boolean healthy) {

    public MediaServerNode markedDown() {
        return new MediaServerNode(hostName, port, region, healthCheckUrl, false);
    }
}
