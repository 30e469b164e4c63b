package org.leerwerkplek.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Shows {@link PublicUrl} the port the first request came in on: the port this server really
 * listens on, also when Payara chose it from a range. Every later request costs one read.
 */
@WebListener
public class PublicUrlListener implements ServletRequestListener {

    @Inject
    PublicUrl publicUrl;

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (!publicUrl.knowsItsPort()) {
            publicUrl.answered(event.getServletRequest().isSecure(), event.getServletRequest().getLocalPort());
        }
    }
}
