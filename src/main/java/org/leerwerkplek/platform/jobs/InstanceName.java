package org.leerwerkplek.platform.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** The name of this running instance in the rows it claims or runs: host, process and a random part. */
public final class InstanceName {

    private static final String CURRENT = make();

    private InstanceName() {
    }

    /** The same for the whole life of this process, different for every start (at most 100 characters). */
    public static String current() {
        return CURRENT;
    }

    private static String make() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String name = host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }
}
