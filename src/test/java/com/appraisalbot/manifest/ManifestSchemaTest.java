package com.appraisalbot.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks the Slack app manifest in {@code manifest/} against Slack's published manifest schema, and the few
 * promises the schema cannot see: the command name, the event, the request URLs the app serves, and the scopes.
 */
class ManifestSchemaTest {

    private static final Path MANIFEST = Path.of("manifest", "manifest.json");

    /** The top-level schema names its versioned parts by these URLs; the tests read local copies instead. */
    private static final String PUBLISHED_SCHEMAS =
            "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/";

    private static final String LOCAL_SCHEMAS = "classpath:slack/manifest-schema/";

    private static final String REQUEST_PATH = "/slack/events";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Schema MANIFEST_SCHEMA = loadManifestSchema();

    @Test
    @DisplayName("our manifest is valid against Slack's manifest schema")
    void manifestIsValid() {
        String manifest = read(MANIFEST);

        List<Error> errors = MANIFEST_SCHEMA.validate(manifest, InputFormat.JSON);

        assertThat(errors).isEmpty();
    }

    @Test
    @DisplayName("the validator accepts Slack's own valid sample, so a failure below is about the input")
    void slackValidSampleIsValid() {
        String sample = readResource("slack/manifest-schema/v1.manifest.valid.json");

        List<Error> errors = MANIFEST_SCHEMA.validate(sample, InputFormat.JSON);

        assertThat(errors).isEmpty();
    }

    @Test
    @DisplayName("the validator rejects Slack's invalid sample (an unknown settings field)")
    void slackInvalidSampleIsRejected() {
        String sample = readResource("slack/manifest-schema/v1.manifest.invalid.json");

        List<Error> errors = MANIFEST_SCHEMA.validate(sample, InputFormat.JSON);

        assertThat(errors).isNotEmpty();
    }

    @Test
    @DisplayName("the validator rejects our manifest when the slash command loses its leading slash")
    void brokenCopyOfOurManifestIsRejected() {
        ObjectNode manifest = (ObjectNode) manifestTree();
        ObjectNode command =
                (ObjectNode) manifest.path("features").path("slash_commands").get(0);
        command.put("command", "appraisal");

        List<Error> errors = MANIFEST_SCHEMA.validate(JSON.writeValueAsString(manifest), InputFormat.JSON);

        assertThat(errors).isNotEmpty();
    }

    @Test
    void manifestDeclaresTheAppraisalSlashCommand() {
        JsonNode commands = manifestTree().path("features").path("slash_commands");

        assertThat(commands).hasSize(1);
        assertThat(commands.get(0).path("command").asString()).isEqualTo("/appraisal");
        assertThat(commands.get(0).path("usage_hint").asString()).contains("help");
    }

    @Test
    void manifestSubscribesToAppHomeOpened() {
        JsonNode botEvents =
                manifestTree().path("settings").path("event_subscriptions").path("bot_events");

        assertThat(texts(botEvents)).containsExactly("app_home_opened");
    }

    @Test
    @DisplayName("command, interactivity and event requests all go to the one path the app serves")
    void everyRequestUrlEndsInSlackEvents() {
        JsonNode manifest = manifestTree();

        List<String> urls = List.of(
                manifest.path("features")
                        .path("slash_commands")
                        .get(0)
                        .path("url")
                        .asString(),
                manifest.path("settings")
                        .path("interactivity")
                        .path("request_url")
                        .asString(),
                manifest.path("settings")
                        .path("event_subscriptions")
                        .path("request_url")
                        .asString());

        assertThat(urls)
                .allSatisfy(url -> assertThat(url).startsWith("https://").endsWith(REQUEST_PATH));
        assertThat(manifest.path("settings")
                        .path("interactivity")
                        .path("is_enabled")
                        .asBoolean())
                .isTrue();
    }

    @Test
    @DisplayName("the bot asks for exactly the scopes its features need, and no user scopes")
    void botScopesAreExactlyTheNeededSet() {
        JsonNode scopes = manifestTree().path("oauth_config").path("scopes");

        assertThat(texts(scopes.path("bot")))
                .containsExactlyInAnyOrder("commands", "chat:write", "im:write", "users:read", "files:write");
        assertThat(scopes.has("user")).isFalse();
    }

    @Test
    @DisplayName("the manifest describes the HTTP set-up; Socket Mode is switched on per install")
    void manifestUsesHttpWithoutTokenRotation() {
        JsonNode settings = manifestTree().path("settings");

        assertThat(settings.path("socket_mode_enabled").asBoolean()).isFalse();
        assertThat(settings.path("token_rotation_enabled").asBoolean()).isFalse();
        assertThat(settings.path("org_deploy_enabled").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("the background colour is a hex colour (the schema's pattern keyword is not enforced)")
    void backgroundColourIsAHexColour() {
        String colour = manifestTree()
                .path("display_information")
                .path("background_color")
                .asString();

        assertThat(colour).matches("#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?");
    }

    private static Schema loadManifestSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_7,
                builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix(PUBLISHED_SCHEMAS, LOCAL_SCHEMAS)));
        return registry.getSchema(SchemaLocation.of(LOCAL_SCHEMAS + "manifest.schema.json"));
    }

    private static JsonNode manifestTree() {
        return JSON.readTree(read(MANIFEST));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path.toAbsolutePath(), e);
        }
    }

    private static String readResource(String name) {
        try (InputStream in = ManifestSchemaTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Test resource " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read test resource " + name, e);
        }
    }
}
