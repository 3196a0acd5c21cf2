package com.appraisalbot.signing;

import com.appraisalbot.config.Settings;
import com.appraisalbot.config.SettingsLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret that chains the ledger. It lives outside the database, so that someone who can edit
 * the database still cannot recompute the chain: from {@code RECORDS_KEY}, or else from
 * {@code DATA_DIR/records.key}, which is generated on first use.
 */
@ApplicationScoped
public class RecordsKey {

    static final String FILE_NAME = "records.key";
    private static final Logger LOG = LoggerFactory.getLogger(RecordsKey.class);
    private static final int GENERATED_BYTES = 48;
    private static final String KEY_CHECK_TEXT = "appraisal-bot records key check";

    private final byte[] key;

    @Inject
    public RecordsKey(Settings settings) {
        this(load(settings));
    }

    RecordsKey(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Observing start-up creates the key as the container starts, so that a missing, short or
     * unwritable key file stops start-up, not the first signature; the creation is the work.
     */
    void loadAtStartUp(@Observes Startup startup) {
        LOG.debug("Records key ready");
    }

    /** HMAC-SHA256 of the text under this key, as lower-case hex. */
    String sign(String text) {
        return Digests.hmacSha256(key, text);
    }

    /**
     * A value that is the same for the same key and tells nothing about it, stored with the ledger
     * so that a wrong key is reported as such rather than as every entry having been edited.
     */
    String keyCheck() {
        return sign(KEY_CHECK_TEXT);
    }

    private static String load(Settings settings) {
        if (settings.records().key().isPresent()) {
            LOG.info("Records key taken from RECORDS_KEY");
            return settings.records().key().get();
        }
        return fromFile(settings.data().dir());
    }

    static String fromFile(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
        if (Files.notExists(file)) {
            generate(file);
        }
        String key = read(file);
        if (key.length() < SettingsLoader.MINIMUM_RECORDS_KEY_LENGTH) {
            throw new IllegalStateException("The records key in " + file + " is shorter than "
                    + SettingsLoader.MINIMUM_RECORDS_KEY_LENGTH + " characters. Restore the file from a backup,"
                    + " or set RECORDS_KEY to the key the records were written with.");
        }
        LOG.info(
                "Records key read from {}; back it up with the database, the records cannot be verified without it",
                file);
        return key;
    }

    private static void generate(Path file) {
        byte[] random = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(random);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(Files.createFile(file, ownerOnly()), key + "\n", StandardCharsets.US_ASCII);
            LOG.info("Generated a new records key in {}", file);
        } catch (FileAlreadyExistsException e) {
            LOG.info("Another process generated the records key in {} first; using it", file);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not create the records key file " + file + ": make DATA_DIR writable, or set RECORDS_KEY",
                    e);
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        };
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not read the records key file " + file
                            + ": check its owner and permissions, or set RECORDS_KEY",
                    e);
        }
    }
}
