package io.github.privacyflow.flows.model;

/** What the client app reported when it connected. Nobody classified it yet. */
public class DeviceInfo {

    private final String deviceId; // expect PF002

    private final String platform;

    private final String appVersion;

    public DeviceInfo(String deviceId, String platform, String appVersion) {
        this.deviceId = deviceId;
        this.platform = platform;
        this.appVersion = appVersion;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public String getPlatform() {
        return platform;
    }

    public String getAppVersion() {
        return appVersion;
    }
}
