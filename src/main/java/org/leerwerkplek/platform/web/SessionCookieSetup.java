package org.leerwerkplek.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.leerwerkplek.platform.config.SettingsProducer;

/**
 * The session cookie: HttpOnly, and Secure when the settings say the product runs behind HTTPS.
 * (SameSite=Lax is set in {@code glassfish-web.xml}: Payara ignores it here and in web.xml.)
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        if (SettingsProducer.current().secureCookies()) {
            cookie.setSecure(true);
        }
    }
}
