package com.appraisalbot.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    @Test
    void listensOnLoopbackOnlyAndRefusesASecondServerOnItsFolder() throws Exception {
        Path dataDir = Path.of("target", "test-data", UUID.randomUUID().toString());

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir);
                Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select @@bind_address, database()")) {
            rows.next();

            assertThat(rows.getString(1)).isEqualTo("127.0.0.1");
            assertThat(rows.getString(2)).isEqualTo(EmbeddedMariaDb.DATABASE_NAME);
            assertThatThrownBy(() -> EmbeddedMariaDb.start(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already using");
        }
    }
}
