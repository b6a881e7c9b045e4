package org.mixedmovements.tracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * docs/modules.md, written from the code: one row per Spring Modulith module with what its {@code package-info.java}
 * says it holds and the modules it uses directly (as {@code ApplicationModules.verify()} sees them). ArchitectureTest
 * fails when the committed file differs, so the table cannot drift from the code.
 */
final class ModuleTable {

    static final Path FILE = Path.of("docs", "modules.md");
    private static final Path SOURCES = Path.of("src", "main", "java");

    private ModuleTable() {
    }

    static String of(ApplicationModules modules) {
        StringBuilder md = new StringBuilder("""
                # Modules

                Written by `ArchitectureTest` from the code (`ModuleTable`): each feature package is a Spring Modulith
                module; "uses" lists the modules whose public types it uses directly. Change a `package-info.java` or a
                dependency, then refresh this file with
                `mvn test -Dtest=ArchitectureTest -Dtracker.docs.refresh=true`; the build fails while it differs.
                The module diagram is [modules/components.puml](modules/components.puml) (PlantUML, from Spring
                Modulith's `Documenter`).

                | module | what it holds | uses |
                |---|---|---|
                """);
        modules.stream().sorted().forEach(module -> md.append("| `").append(module.getName()).append("` | ")
                .append(description(module)).append(" | ").append(uses(modules, module)).append(" |\n"));
        return md.toString();
    }

    private static String uses(ApplicationModules modules, ApplicationModule module) {
        String used = module.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName).sorted()
                .map(name -> "`" + name + "`").collect(Collectors.joining(", "));
        return used.isEmpty() ? "—" : used;
    }

    /** The package-info's Javadoc as one line of Markdown ({@code {@code x}} and {@code {@link a.b.C}} as code). */
    private static String description(ApplicationModule module) {
        Path info = SOURCES.resolve(module.getBasePackage().getName().replace('.', '/')).resolve("package-info.java");
        try {
            String text = Files.readString(info);
            int start = text.indexOf("/**");
            int end = text.indexOf("*/", start);
            return text.substring(start + 3, end).lines().map(String::strip)
                    .map(line -> line.startsWith("*") ? line.substring(1).strip() : line)
                    .collect(Collectors.joining(" ")).strip()
                    .replaceAll("\\{@link (?:[a-z]+\\.)*([^{}]+)}", "`$1`")
                    .replaceAll("\\{@code ((?:[^{}]|\\{[^{}]*})+)}", "`$1`")
                    .replace("|", "\\|");
        } catch (IOException e) {
            throw new UncheckedIOException("every module needs a package-info.java: " + info, e);
        }
    }
}
