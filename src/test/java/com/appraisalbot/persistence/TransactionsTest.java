package com.appraisalbot.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.appraisalbot.testing.FakeSlackApi;
import com.appraisalbot.testing.TestApp;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TransactionsTest {

    private static FakeSlackApi slackApi;
    private static TestApp app;

    @BeforeAll
    static void start() throws SQLException {
        slackApi = FakeSlackApi.start();
        app = TestApp.start(slackApi);
        try (Connection connection = DriverManager.getConnection(app.jdbcUrl(), "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table scratch (id int primary key, n int not null) engine = InnoDB");
            statement.execute("insert into scratch values (1, 0), (2, 0)");
        }
    }

    @AfterAll
    static void stop() {
        app.close();
        slackApi.close();
    }

    @Test
    void aDeadlockVictimIsRunAgainSoBothTransactionsCommit() throws Exception {
        Transactions transactions = app.bean(Transactions.class);
        CountDownLatch bothHoldTheirFirstRow = new CountDownLatch(2);
        AtomicInteger runs = new AtomicInteger();

        CompletableFuture<Void> oneThenTwo =
                CompletableFuture.runAsync(() -> bump(transactions, 1, 2, bothHoldTheirFirstRow, runs));
        CompletableFuture<Void> twoThenOne =
                CompletableFuture.runAsync(() -> bump(transactions, 2, 1, bothHoldTheirFirstRow, runs));
        CompletableFuture.allOf(oneThenTwo, twoThenOne).get(60, TimeUnit.SECONDS);

        assertThat(counts()).containsExactly(2, 2);
        assertThat(runs.get()).isGreaterThan(2);
    }

    /** Adds one to both rows, the first one first; on the first run, waits for the other to lock its first row. */
    private static void bump(
            Transactions transactions, int first, int second, CountDownLatch latch, AtomicInteger runs) {
        transactions.run(session -> session.doWork(connection -> {
            runs.incrementAndGet();
            update(connection, first);
            if (latch.getCount() > 0) {
                latch.countDown();
                await(latch);
            }
            update(connection, second);
        }));
    }

    private static void update(Connection connection, int id) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("update scratch set n = n + 1 where id = " + id);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Integer> counts() throws SQLException {
        try (Connection connection = DriverManager.getConnection(app.jdbcUrl(), "root", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select n from scratch order by id")) {
            List<Integer> counts = new ArrayList<>();
            while (rows.next()) {
                counts.add(rows.getInt(1));
            }
            return counts;
        }
    }
}
