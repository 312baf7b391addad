package org.recordswatch.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one datasource of the application. Its URL and credentials come from MicroProfile Config ({@code DB_URL},
 * {@code DB_USER}, {@code DB_PASSWORD} in the environment map to {@code db.url}, {@code db.user}, {@code db.password}).
 * Payara resolves the {@code MPCONFIG} placeholders when the datasource is created; the default after the first
 * colon is a local MariaDB for development.
 */
@DataSourceDefinition(
        name = DataSourceConfig.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=db.url:jdbc:mariadb://127.0.0.1:3306/records_watch?createDatabaseIfNotExist=true}",
        user = "${MPCONFIG=db.user:root}",
        password = "${MPCONFIG=db.password:}",
        minPoolSize = 2,
        maxPoolSize = 20,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class DataSourceConfig {

    public static final String JNDI_NAME = "java:app/jdbc/records-watch";
}
