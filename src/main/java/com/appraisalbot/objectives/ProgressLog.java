package com.appraisalbot.objectives;

import com.appraisalbot.access.Access;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Role;
import com.appraisalbot.persistence.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The progress and evidence a case manager logs against their objectives through the year: the
 * monitoring stage. Only the case manager adds to their own log; who may read it is asked of
 * {@link Access} by the caller.
 */
@ApplicationScoped
public class ProgressLog {

    public static final int WHAT_HAPPENED_MAX = 1000;
    public static final int LINK_MAX = 500;
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>|]+", Pattern.CASE_INSENSITIVE);

    private final Transactions transactions;
    private final Access access;
    private final Clock clock;

    @Inject
    public ProgressLog(Transactions transactions, Access access, Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.clock = clock;
    }

    /**
     * What a case manager reports.
     *
     * @param link a web address of the evidence, or empty
     */
    public record Entry(
            ObjectiveArea area, String whatHappened, EvidenceSource source, String link, LocalDate happenedOn) {

        public Entry {
            whatHappened = Objective.clean(whatHappened);
            link = Objective.clean(link);
        }
    }

    /** A page of the log: the newest entries and how many there are in all. */
    public record Timeline(List<ProgressEntry> newest, long total) {}

    /**
     * Adds an entry to the case manager's own log for the cycle year.
     *
     * @param today today in the provision's time zone
     * @throws InvalidEntry naming every problem
     */
    public ProgressEntry log(Person caseManager, CycleYear year, Entry entry, LocalDate today) {
        access.requireRole(caseManager, Role.CASE_MANAGER, "log progress");
        Map<String, String> problems = problems(entry, year, today);
        if (!problems.isEmpty()) {
            throw new InvalidEntry(problems);
        }
        return transactions.inTransaction(session -> {
            ProgressEntry saved = new ProgressEntry(
                    caseManager.id(), year.startYear(), entry, caseManager.slackUserId(), clock.instant());
            session.persist(saved);
            return saved;
        });
    }

    /** Problems with an entry, keyed {@code objective}, {@code what}, {@code source}, {@code link}, {@code date}. */
    public static Map<String, String> problems(Entry entry, CycleYear year, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (entry.area() == null) {
            problems.put("objective", "Choose the objective this progress is towards.");
        }
        if (entry.whatHappened().isEmpty()) {
            problems.put("what", "Say what happened, in a sentence or two.");
        } else if (entry.whatHappened().length() > WHAT_HAPPENED_MAX) {
            problems.put(
                    "what",
                    "Keep this to " + WHAT_HAPPENED_MAX + " characters; it has "
                            + entry.whatHappened().length() + ". Shorten it, and link to the full record.");
        }
        if (entry.source() == null) {
            problems.put("source", "Choose where the evidence comes from.");
        }
        linkProblem(entry.link()).ifPresent(problem -> problems.put("link", problem));
        if (entry.happenedOn() == null) {
            problems.put("date", "Choose the date it happened.");
        } else if (entry.happenedOn().isAfter(today)) {
            problems.put("date", "Choose a date no later than today; log progress once it has happened.");
        } else if (entry.happenedOn().isBefore(year.firstDay())) {
            problems.put("date", "Choose a date in the " + year.label() + " cycle year, from " + year.firstDay() + ".");
        }
        return problems;
    }

    private static Optional<String> linkProblem(String link) {
        if (link.isEmpty()) {
            return Optional.empty();
        }
        if (link.length() > LINK_MAX) {
            return Optional.of("Keep the link to " + LINK_MAX + " characters; it has " + link.length()
                    + ". Link to the record's page rather than a search.");
        }
        if (!WEB_ADDRESS.matcher(link).matches() || !hasHost(link)) {
            return Optional.of(
                    "Give a web address starting https:// (or http://), such as the record's page in your CRM.");
        }
        return Optional.empty();
    }

    private static boolean hasHost(String link) {
        try {
            String host = new URI(link).getHost();
            return host != null && host.contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The newest {@code limit} entries of a case manager's log for the year, newest first, and the count. */
    public Timeline timeline(Person caseManager, CycleYear year, int limit) {
        return transactions.inTransaction(session -> {
            List<ProgressEntry> newest = session.createSelectionQuery(
                            "from ProgressEntry where caseManagerId = :cm and cycleStartYear = :year"
                                    + " order by happenedOn desc, id desc",
                            ProgressEntry.class)
                    .setParameter("cm", caseManager.id())
                    .setParameter("year", year.startYear())
                    .setMaxResults(limit)
                    .getResultList();
            long total = session.createSelectionQuery(
                            "select count(*) from ProgressEntry where caseManagerId = :cm and cycleStartYear = :year",
                            Long.class)
                    .setParameter("cm", caseManager.id())
                    .setParameter("year", year.startYear())
                    .getSingleResult();
            return new Timeline(newest, total);
        });
    }
}
