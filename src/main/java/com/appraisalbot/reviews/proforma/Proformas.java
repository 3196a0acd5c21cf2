package com.appraisalbot.reviews.proforma;

import com.appraisalbot.access.Access;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.config.Settings;
import com.appraisalbot.people.Directory;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Role;
import com.appraisalbot.persistence.Transactions;
import com.appraisalbot.reviews.AgreedObjectives;
import com.appraisalbot.reviews.PayProgression;
import com.appraisalbot.reviews.ReviewKeys;
import com.appraisalbot.reviews.ReviewKind;
import com.appraisalbot.reviews.ReviewRecord;
import com.appraisalbot.reviews.ReviewSignOffs;
import com.appraisalbot.reviews.Reviews;
import com.appraisalbot.signing.RecordVersion;
import com.appraisalbot.signing.Signature;
import com.appraisalbot.signing.SignedRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds a case manager's proforma for a cycle year from the signed records, for whoever may see it. */
@ApplicationScoped
public class Proformas {

    private final Access access;
    private final Directory directory;
    private final Reviews reviews;
    private final ReviewSignOffs signOffs;
    private final SignedRecords signedRecords;
    private final PayProgression payProgression;
    private final Transactions transactions;
    private final Clock clock;
    private final ZoneId zone;
    private final ProformaPdf pdf = new ProformaPdf();

    @Inject
    public Proformas(
            Access access,
            Directory directory,
            Reviews reviews,
            ReviewSignOffs signOffs,
            SignedRecords signedRecords,
            PayProgression payProgression,
            Transactions transactions,
            Clock clock,
            Settings settings) {
        this.access = access;
        this.directory = directory;
        this.reviews = reviews;
        this.signOffs = signOffs;
        this.signedRecords = signedRecords;
        this.payProgression = payProgression;
        this.transactions = transactions;
        this.clock = clock;
        this.zone = settings.provision().timeZone();
    }

    /**
     * The proforma of {@code subject}'s year as a PDF.
     *
     * @throws com.appraisalbot.access.AccessDenied when the viewer may not see the subject's records
     */
    public byte[] pdf(Person viewer, Person subject, CycleYear year) {
        return pdf.render(proforma(viewer, subject, year));
    }

    /** What the proforma shows; the viewer must be allowed to see the subject's records. */
    public Proforma proforma(Person viewer, Person subject, CycleYear year) {
        access.requireSeeRecordsOf(viewer, subject, year);
        String team = subject.teamId();
        Optional<RecordVersion> objectives = signedRecords.latest(ReviewKeys.objectives(team, subject.id(), year));
        Optional<ReviewRecord> midpoint = reviews.record(team, subject.id(), year, ReviewKind.MIDPOINT);
        Optional<ReviewRecord> finalReview = reviews.record(team, subject.id(), year, ReviewKind.FINAL);
        Optional<ReviewSignOffs.SignOff> signOff = signOffs.latest(team, subject.id(), year)
                .filter(s -> finalReview
                        .map(r -> r.contentSha256().equals(s.reviewSha256()))
                        .orElse(false));
        List<Proforma.RecordLine> records = new ArrayList<>();
        objectives.ifPresent(v -> records.add(line("Agreed objectives", v, signaturesOf(v))));
        midpoint.ifPresent(r -> records.add(line("Mid-point review", r.version(), r.signatures())));
        finalReview.ifPresent(r -> records.add(line("Final review", r.version(), r.signatures())));
        signOff.ifPresent(s -> records.add(line("SLT review/comment", s.version(), signaturesOf(s.version()))));
        return new Proforma(
                year.label(),
                subject.displayName(),
                subject.designation() == null ? "" : subject.designation(),
                directory.appraiserOf(subject, year).map(Person::displayName).orElse("Not assigned"),
                objectives.flatMap(AgreedObjectives::read),
                midpoint,
                finalReview,
                signOff.map(ReviewSignOffs.SignOff::comment),
                finalReview.map(this::signatureLines).orElse(Map.of()),
                new Proforma.Outcome(
                        PayProgression.successful(finalReview),
                        payProgression.previousYearSuccessful(team, subject.id(), year)),
                records,
                ledgerHead(),
                clock.instant());
    }

    private List<Signature> signaturesOf(RecordVersion version) {
        return signedRecords
                .history(version.key())
                .latest()
                .map(e -> e.signatures())
                .orElse(List.of());
    }

    private Map<Role, Proforma.SignatureLine> signatureLines(ReviewRecord record) {
        Map<Role, Proforma.SignatureLine> lines = new EnumMap<>(Role.class);
        for (Role role : List.of(Role.CASE_MANAGER, Role.APPRAISER, Role.SLT_MEMBER)) {
            record.signatureAs(role)
                    .ifPresent(s -> lines.put(
                            role,
                            new Proforma.SignatureLine(
                                    nameOf(s), s.signedAt().atZone(zone).toLocalDate())));
        }
        return lines;
    }

    private Proforma.RecordLine line(String name, RecordVersion version, List<Signature> signatures) {
        String signedBy = signatures.isEmpty()
                ? "Not signed"
                : "Signed by "
                        + signatures.stream()
                                .map(s -> nameOf(s) + " as "
                                        + roleLabel(s.signer().role()) + " at " + s.signedAt())
                                .collect(Collectors.joining("; "));
        return new Proforma.RecordLine(name, version.number(), version.contentSha256(), signedBy);
    }

    private String nameOf(Signature signature) {
        return directory
                .find(signature.signer().teamId(), signature.signer().userId())
                .map(Person::displayName)
                .orElse(signature.signer().userId());
    }

    private static String roleLabel(String role) {
        try {
            return Role.valueOf(role).inSentence();
        } catch (IllegalArgumentException e) {
            return role.toLowerCase();
        }
    }

    /** The ledger's newest entry as {@code N:hash}, so a printed copy names the chain it was made from. */
    private String ledgerHead() {
        return transactions.inTransaction(session -> {
            Object[] row = session.createNativeQuery(
                            "select sequence_number, entry_hash from record_ledger_head where id = 1", Object[].class)
                    .getSingleResult();
            return "entry " + row[0] + ", hash " + row[1];
        });
    }
}
