package org.leerwerkplek.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the one pooled data source of the application. Which database it reaches is decided
 * by the settings, in {@link LeerwerkplekDataSource}, not here.
 */
@DataSourceDefinition(
        name = DataSourceSetup.JNDI_NAME,
        className = "org.leerwerkplek.platform.persistence.LeerwerkplekDataSource",
        minPoolSize = 1,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"})
@ApplicationScoped
public class DataSourceSetup {

    public static final String JNDI_NAME = "java:app/jdbc/leerwerkplek";
}
