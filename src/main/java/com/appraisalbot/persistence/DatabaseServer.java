package com.appraisalbot.persistence;

/** Where the app's MariaDB is: a server it started itself, or one it was pointed at. */
public interface DatabaseServer extends AutoCloseable {

    String jdbcUrl();

    String user();

    String password();

    /** Says which database is in use, for the start-up log; never includes the password. */
    String describe();

    /** Stops the database if the app started it; otherwise does nothing. */
    @Override
    void close();
}
