package org.recordswatch.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application under test is the real build output ({@code target/records-watch.war}), not a hand-listed archive.
 * In-container tests add their own class and the {@link TestCallers} alternative, which lets a test act as a user.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The WAR exactly as built, for tests that drive it over HTTP (browser, REST). */
    public static WebArchive asBuilt() {
        String path = System.getProperty("rw.war", "target/records-watch.war");
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The WAR plus the in-container test classes. Arquillian's test runner servlet is opened to unauthenticated
     * requests (an exact-path constraint beats the application's {@code /*}); nothing else changes.
     */
    public static WebArchive withTests(Class<?>... testClasses) {
        WebArchive war = asBuilt().addClasses(TestCallers.class, Deployments.class);
        war.addClasses(testClasses);
        String webXml;
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String runner = "<security-constraint><web-resource-collection><web-resource-name>arquillian</web-resource-name>"
                + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern></web-resource-collection></security-constraint>";
        war.delete("WEB-INF/web.xml");
        war.setWebXML(new StringAsset(webXml.replace("</web-app>", runner + "</web-app>")));
        return war;
    }
}
