package com.appraisalbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * No container engine runs where the tests run, so the image is never built here. These tests read the Dockerfile
 * and compose file as text and pin the properties a broken edit would silently lose.
 */
class ContainerFilesTest {

    /** Every environment variable the application reads; compose must pass nothing else to the app. */
    private static final Set<String> APP_SETTINGS = Set.of(
            "PORT",
            "SLACK_SIGNING_SECRET",
            "SLACK_BOT_TOKEN",
            "SLACK_APP_TOKEN",
            "SLACK_API_URL",
            "DATABASE_URL",
            "DATABASE_USER",
            "DATABASE_PASSWORD",
            "DATA_DIR",
            "PROVISION_TIME_ZONE",
            "ADMIN_USER_IDS");

    private static final String JAR_IN_IMAGE = "/app/appraisal-bot.jar";

    private static final Pattern INTERPOLATED = Pattern.compile("\\$\\{([A-Z0-9_]+)");

    @Test
    @DisplayName("the runtime stage switches to a fixed non-root user before it starts Java")
    void runtimeStageRunsAsNonRootUser() {
        List<Instruction> runtime = runtimeStage();

        String user = last(runtime, "USER").arguments();

        assertThat(user).matches("\\d+(:\\d+)?");
        assertThat(user.split(":")[0]).isNotEqualTo("0");
    }

    @Test
    @DisplayName("the entrypoint is in exec form, so SIGTERM reaches Java rather than a shell")
    void entrypointUsesExecForm() {
        List<Instruction> runtime = runtimeStage();

        assertThat(last(runtime, "ENTRYPOINT").arguments()).startsWith("[").endsWith("]");
        assertThat(runtime).noneMatch(instruction -> instruction.keyword().equals("CMD"));
    }

    @Test
    @DisplayName("the image runs the jar Maven builds, under the name the pom gives it")
    void imageRunsTheShadedJar() {
        String pom = read("pom.xml");
        List<Instruction> runtime = runtimeStage();

        String copy = runtime.stream()
                .filter(instruction -> instruction.keyword().equals("COPY"))
                .map(Instruction::arguments)
                .filter(arguments -> arguments.startsWith("--from="))
                .findFirst()
                .orElseThrow();

        assertThat(pom).contains("<finalName>appraisal-bot</finalName>");
        assertThat(copy).contains("target/appraisal-bot.jar").endsWith(JAR_IN_IMAGE);
        assertThat(last(runtime, "ENTRYPOINT").arguments())
                .contains("\"-jar\", \"" + JAR_IN_IMAGE + "\"")
                .contains("-XX:MaxRAMPercentage=75");
    }

    @Test
    @DisplayName("dependencies are resolved from pom.xml alone, before the sources are copied")
    void buildStageCachesDependencies() {
        List<String> build = dockerfile().stream()
                .takeWhile(instruction -> !isRuntimeFrom(instruction))
                .map(instruction -> instruction.keyword() + " " + instruction.arguments())
                .toList();

        int copyPom = indexOfFirst(build, "COPY pom.xml");
        int goOffline = indexOfFirst(build, "dependency:go-offline");
        int copySources = indexOfFirst(build, "COPY src");

        assertThat(copyPom).isNotNegative().isLessThan(goOffline);
        assertThat(goOffline).isLessThan(copySources);
        assertThat(build.get(build.size() - 1)).contains("-DskipTests package");
    }

    @Test
    void runtimeStageExposesThePortAndKeepsDataInAVolume() {
        List<Instruction> runtime = runtimeStage();

        assertThat(last(runtime, "EXPOSE").arguments()).isEqualTo("3000");
        assertThat(last(runtime, "ENV").arguments()).contains("DATA_DIR=/data");
        assertThat(last(runtime, "VOLUME").arguments()).contains("/data");
        assertThat(last(runtime, "HEALTHCHECK").arguments()).contains("/health");
    }

    @Test
    @DisplayName("compose starts the app only once MariaDB reports healthy, and points the app at that service")
    void appWaitsForHealthyMariadbAndUsesIt() {
        JsonNode services = compose().path("services");
        JsonNode app = services.path("app");

        assertThat(services.has("mariadb")).isTrue();
        assertThat(services.path("mariadb").path("healthcheck").path("test").toString())
                .contains("healthcheck.sh", "--connect", "--innodb_initialized");
        assertThat(app.path("depends_on").path("mariadb").path("condition").asString())
                .isEqualTo("service_healthy");
        assertThat(app.path("environment").path("DATABASE_URL").asString())
                .isEqualTo("jdbc:mariadb://mariadb:3306/appraisal");
    }

    @Test
    void appServicePublishesThePortAndStopsGracefully() {
        JsonNode app = compose().path("services").path("app");

        assertThat(app.path("build").asString()).isEqualTo(".");
        assertThat(app.path("ports").get(0).asString()).isEqualTo("3000:3000");
        assertThat(app.path("restart").asString()).isEqualTo("unless-stopped");
        assertThat(app.path("stop_grace_period").asString()).isEqualTo("30s");
    }

    @Test
    @DisplayName("compose passes the app only settings the app documents")
    void appEnvironmentHoldsOnlyDocumentedSettings() {
        JsonNode environment = compose().path("services").path("app").path("environment");

        assertThat(environment.propertyNames()).isNotEmpty().isSubsetOf(APP_SETTINGS);
    }

    @Test
    @DisplayName(".env.example lists every variable compose reads from the host, and only documented ones")
    void envExampleCoversComposeVariables() {
        Set<String> example = read(".env.example")
                .lines()
                .filter(line -> line.matches("[A-Z0-9_]+=.*"))
                .map(line -> line.substring(0, line.indexOf('=')))
                .collect(Collectors.toSet());

        Set<String> interpolated = INTERPOLATED
                .matcher(read("compose.yaml"))
                .results()
                .map(result -> result.group(1))
                .collect(Collectors.toSet());

        assertThat(example).containsAll(interpolated).isSubsetOf(APP_SETTINGS);
    }

    private record Instruction(String keyword, String arguments) {}

    /** Parses the Dockerfile into instructions: comments dropped, continuation lines joined. */
    private static List<Instruction> dockerfile() {
        String joined = read("Dockerfile")
                .lines()
                .filter(line -> !line.strip().startsWith("#"))
                .collect(Collectors.joining("\n"))
                .replaceAll("\\\\\\n\\s*", " ");
        List<Instruction> instructions = new ArrayList<>();
        Matcher matcher = Pattern.compile("(?m)^\\s*([A-Za-z]+)\\s+(.+)$").matcher(joined);
        while (matcher.find()) {
            instructions.add(new Instruction(
                    matcher.group(1).toUpperCase(Locale.ROOT), matcher.group(2).strip()));
        }
        return instructions;
    }

    private static List<Instruction> runtimeStage() {
        List<Instruction> all = dockerfile();
        int lastFrom = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).keyword().equals("FROM")) {
                lastFrom = i;
            }
        }
        assertThat(all.get(lastFrom).arguments()).as("runtime base image").startsWith("eclipse-temurin:17-jre");
        return all.subList(lastFrom, all.size());
    }

    private static boolean isRuntimeFrom(Instruction instruction) {
        return instruction.keyword().equals("FROM") && !instruction.arguments().contains(" AS ");
    }

    private static Instruction last(List<Instruction> instructions, String keyword) {
        Instruction found = null;
        for (Instruction instruction : instructions) {
            if (instruction.keyword().equals(keyword)) {
                found = instruction;
            }
        }
        assertThat(found).as("%s instruction in the runtime stage", keyword).isNotNull();
        return found;
    }

    private static int indexOfFirst(List<String> lines, String fragment) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i;
            }
        }
        return -1;
    }

    private static JsonNode compose() {
        return YAMLMapper.builder().build().readTree(read("compose.yaml"));
    }

    private static String read(String file) {
        Path path = Path.of(file);
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path.toAbsolutePath(), e);
        }
    }
}
