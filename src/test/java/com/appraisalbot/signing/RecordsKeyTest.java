package com.appraisalbot.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The records key kept in DATA_DIR when RECORDS_KEY is not set. */
class RecordsKeyTest {

    @TempDir
    Path dataDir;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void captureLog() {
        log.start();
        ((Logger) LoggerFactory.getLogger(RecordsKey.class)).addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        ((Logger) LoggerFactory.getLogger(RecordsKey.class)).detachAppender(log);
    }

    @Test
    void firstUseGeneratesAKeyOnlyItsOwnerCanReadAndLogsWhereButNotWhat() throws IOException {
        String key = RecordsKey.fromFile(dataDir);

        Path file = dataDir.resolve(RecordsKey.FILE_NAME);
        assertThat(key).hasSizeGreaterThanOrEqualTo(32);
        assertThat(Files.readString(file).strip()).isEqualTo(key);
        assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(log.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).contains(file.toString()))
                .allSatisfy(line -> assertThat(line).doesNotContain(key));
    }

    @Test
    void laterUsesReadTheSameKey() {
        String first = RecordsKey.fromFile(dataDir);

        String second = RecordsKey.fromFile(dataDir);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void aTruncatedKeyFileStopsStartUpNamingTheFile() throws IOException {
        Files.writeString(dataDir.resolve(RecordsKey.FILE_NAME), "short\n");

        assertThatThrownBy(() -> RecordsKey.fromFile(dataDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(RecordsKey.FILE_NAME)
                .hasMessageContaining("RECORDS_KEY");
    }
}
