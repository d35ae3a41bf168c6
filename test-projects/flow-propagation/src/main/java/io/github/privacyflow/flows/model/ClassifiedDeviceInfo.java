package io.github.privacyflow.flows.model;

import io.github.privacyflow.annotations.PersonalData;

/** DeviceInfo with its device id classified. */
public class ClassifiedDeviceInfo {

    @PersonalData(category = "user-interaction")
    private final String deviceId; // clean twin of flow-propagation/DeviceInfo.java: PF002

    private final String platform;

    public ClassifiedDeviceInfo(String deviceId, String platform) {
        this.deviceId = deviceId;
        this.platform = platform;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public String getPlatform() {
        return platform;
    }
}
