package com.appraisalbot.persistence;

/** A MariaDB server run by someone else, reached through {@code DATABASE_URL}. */
record ExternalDatabase(String jdbcUrl, String user, String password) implements DatabaseServer {

    @Override
    public String describe() {
        return "the MariaDB database at " + jdbcUrl.replaceFirst("\\?.*$", "") + " (DATABASE_URL)";
    }

    @Override
    public void close() {
        // The server belongs to its operator; only our connections are closed, by the pool.
    }
}
