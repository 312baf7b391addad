package org.recordswatch.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.recordswatch.platform.security.Authorized;

/**
 * The rules of ../shared/STYLE.md that a machine can check: features depend only upstream along the data flow, every
 * service method declares who may call it, pages never reach repositories, document text is never rendered unescaped,
 * and Tika parsers are only created in the isolated extraction process.
 */
class ArchitectureTest {

    /** Upstream first. A package may import packages at its own position or before it. */
    private static final List<String> ORDER = List.of("platform", "audit", "agency", "account", "law", "request",
            "document", "extraction", "communication", "tagging", "evidence");

    private static final Path MAIN = Path.of("src/main/java/org/recordswatch");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.recordswatch\\.(\\w+)[.;]",
            Pattern.MULTILINE);

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static String feature(Path file) {
        return MAIN.relativize(file).getName(0).toString();
    }

    @Test
    void featuresOnlyDependUpstream() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            String own = feature(file);
            if (!ORDER.contains(own)) {
                violations.add(file + " is outside the feature packages");
                continue;
            }
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                String used = m.group(1);
                if (ORDER.indexOf(used) > ORDER.indexOf(own)) {
                    violations.add(MAIN.relativize(file) + " imports downstream feature " + used);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyPublicServiceMethodDeclaresWhoMayCallIt() throws Exception {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            String name = file.getFileName().toString();
            if (!name.endsWith("Service.java")) {
                continue;
            }
            String className = "org.recordswatch." + MAIN.relativize(file).toString()
                    .replace(".java", "").replace('/', '.');
            Class<?> type = Class.forName(className);
            if (type.isInterface() || type.isEnum() || type.isRecord()) {
                continue;
            }
            boolean classRule = type.isAnnotationPresent(Authorized.class);
            for (Method method : type.getDeclaredMethods()) {
                int mod = method.getModifiers();
                if (Modifier.isPublic(mod) && !Modifier.isStatic(mod) && !method.isSynthetic() && !classRule
                        && !method.isAnnotationPresent(Authorized.class)) {
                    violations.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), violations, "service methods without @Authorized");
    }

    @Test
    void pageBeansAndResourcesNeverUseRepositoriesDirectly() throws IOException {
        List<String> violations = new ArrayList<>();
        Pattern repository = Pattern.compile("^import org\\.recordswatch\\.[\\w.]+Repository;", Pattern.MULTILINE);
        for (Path file : javaFiles(MAIN)) {
            String path = file.toString();
            if ((path.contains("/web/") || path.contains("/api/")) && repository.matcher(Files.readString(file)).find()) {
                violations.add(MAIN.relativize(file).toString());
            }
        }
        assertEquals(List.of(), violations, "web and api must go through services, which check the caller");
    }

    @Test
    void textIsNeverRenderedUnescaped() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : (Iterable<Path>) pages.filter(p -> p.toString().endsWith(".xhtml"))::iterator) {
                if (Files.readString(page).contains("escape=\"false\"")) {
                    violations.add(page.toString());
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void noConsoleOutputOrSwallowedStackTraces() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            String source = Files.readString(file);
            if (source.contains("System.out.print") || source.contains("System.err.print")
                    || source.contains("printStackTrace()")) {
                violations.add(MAIN.relativize(file).toString());
            }
        }
        assertEquals(List.of(), violations, "use java.util.logging");
    }

    @Test
    void jsonBuildersComeFromTheSharedProvider() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            if (Files.readString(file).matches("(?s).*\\bJson\\.create\\w*\\(.*")) {
                violations.add(MAIN.relativize(file).toString());
            }
        }
        assertEquals(List.of(), violations, "Json.create... scans the class path on every call: use JsonProviders.JSON");
    }

    @Test
    void tikaParsersAreOnlyCreatedInsideTheForkedExtractionProcess() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            String source = Files.readString(file);
            boolean createsParser = source.contains("new AutoDetectParser") || source.contains("new Tika(")
                    || source.contains("new RecursiveParserWrapper");
            if (createsParser && !MAIN.relativize(file).toString().startsWith("extraction/fork/")) {
                violations.add(MAIN.relativize(file).toString());
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyFeaturePackageSaysWhatItOwns() {
        List<String> missing = new ArrayList<>();
        for (String feature : ORDER) {
            if (!Files.isRegularFile(MAIN.resolve(feature).resolve("package-info.java"))) {
                missing.add(feature);
            }
        }
        assertEquals(List.of(), missing);
    }
}
