package com.appraisalbot.reviews.proforma;

import com.appraisalbot.objectives.CpdActivity;
import com.appraisalbot.objectives.Objective;
import com.appraisalbot.objectives.ObjectiveArea;
import com.appraisalbot.objectives.ObjectivesPlan;
import com.appraisalbot.people.Role;
import com.appraisalbot.reviews.Choice;
import com.appraisalbot.reviews.Review;
import com.appraisalbot.reviews.ReviewRecord;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** Lays a {@link Proforma} out as the policy's Appendix 2, "Annual objectives statement and review proforma". */
public final class ProformaPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String NOT_YET = "Not yet recorded";

    private final ProformaFonts fonts = ProformaFonts.load();

    /** The proforma as PDF bytes. */
    public byte[] render(Proforma proforma) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle("Appraisal proforma " + proforma.yearLabel());
        document.open();
        document.add(new Paragraph("ANNUAL OBJECTIVES STATEMENT AND REVIEW PROFORMA", fonts.title));
        document.add(new Paragraph("Cycle year " + proforma.yearLabel(), fonts.label));
        document.add(header(proforma));
        document.add(objectives(proforma));
        document.add(support(proforma));
        document.add(midpoint(proforma));
        document.add(finalReview(proforma));
        document.add(signatures(proforma));
        document.add(checks(proforma));
        document.close();
        return out.toByteArray();
    }

    private PdfPTable header(Proforma proforma) {
        PdfPTable table = table(4, 22, 28, 22, 28);
        String meeting = proforma.objectives()
                .map(ObjectivesPlan::meetingDate)
                .map(date -> date == null ? NOT_YET : DAY.format(date))
                .orElse(NOT_YET);
        table.addCell(label("CASE MANAGER:"));
        table.addCell(text(proforma.caseManager()));
        table.addCell(label("DESIGNATION:"));
        table.addCell(text(proforma.designation()));
        table.addCell(label("APPRAISER:"));
        table.addCell(text(proforma.appraiser()));
        table.addCell(label("DATE OF MEETING:"));
        table.addCell(text(meeting));
        return table;
    }

    private PdfPTable objectives(Proforma proforma) {
        PdfPTable table = table(2, 65, 35);
        table.addCell(label("AGREED OBJECTIVES"));
        table.addCell(label("CROSS-REFERENCE"));
        ObjectivesPlan plan = proforma.objectives().orElse(ObjectivesPlan.EMPTY);
        for (ObjectiveArea area : ObjectiveArea.values()) {
            Objective objective = plan.objective(area);
            table.addCell(labelled(area.number() + ". " + area.label().toUpperCase(Locale.UK), objective.objective()));
            table.addCell(text("Link to PTS: " + objective.ptsLink() + "\nLink to SIP: " + objective.sipLink()));
            table.addCell(wide(2, labelled("SUCCESS CRITERIA/EVIDENCE REQUIRED", objective.successCriteria())));
        }
        return table;
    }

    private PdfPTable support(Proforma proforma) {
        ObjectivesPlan plan = proforma.objectives().orElse(ObjectivesPlan.EMPTY);
        String cpd = plan.cpdActivities().stream().map(CpdActivity::label).collect(Collectors.joining("; "));
        String other = plan.otherCpd().isEmpty() ? "" : (cpd.isEmpty() ? "" : "; ") + plan.otherCpd();
        PdfPTable table = table(1, 100);
        table.addCell(labelled("Professional development activities", cpd + other));
        table.addCell(labelled("Development, Training and Support", plan.developmentSupport()));
        table.addCell(labelled("Resources to support objectives", plan.resources()));
        return table;
    }

    private PdfPTable midpoint(Proforma proforma) {
        PdfPTable table = table(3, 16, 42, 42);
        table.addCell(wide(3, label("Mid-point review (To be completed by February half term)")));
        if (proforma.midpoint().isEmpty()) {
            table.addCell(wide(3, text(NOT_YET)));
            return table;
        }
        Review review = proforma.midpoint().get().review();
        for (ObjectiveArea area : ObjectiveArea.values()) {
            int n = area.number();
            table.addCell(labelled("OBJECTIVE " + n, Choice.label(Choice.PROGRESS, review.answer("status." + n))));
            table.addCell(labelled("Self-reflection", review.self(area)));
            table.addCell(labelled("Appraiser's comment", review.appraiserComment(area)));
        }
        table.addCell(wide(3, labelled("Changes to development and support", review.answer("support"))));
        return table;
    }

    private PdfPTable finalReview(Proforma proforma) {
        PdfPTable table = table(3, 22, 39, 39);
        table.addCell(wide(3, label("FINAL REVIEW")));
        table.addCell(label(""));
        table.addCell(label("CASE MANAGER'S ASSESSMENT"));
        table.addCell(label("APPRAISER'S COMMENTS"));
        Review review = proforma.finalReview().map(ReviewRecord::review).orElse(null);
        for (ObjectiveArea area : ObjectiveArea.values()) {
            int n = area.number();
            table.addCell(label("OBJECTIVE " + n));
            table.addCell(text(review == null ? NOT_YET : review.self(area)));
            table.addCell(text(review == null ? "" : appraiserComment(review, n)));
        }
        table.addCell(wide(3, overall(review, proforma.outcome())));
        table.addCell(label("SLT REVIEW/COMMENT:"));
        table.addCell(wide(2, text(proforma.sltComment().orElse(NOT_YET))));
        return table;
    }

    private static String appraiserComment(Review review, int n) {
        String judgement = review.answer("judgement." + n);
        String comment = review.answer("comment." + n);
        return judgement.isEmpty()
                ? comment
                : "Judgement: " + Choice.label(Choice.JUDGEMENT, judgement) + "\n" + comment;
    }

    private PdfPCell overall(Review review, Proforma.Outcome outcome) {
        if (review == null) {
            return labelled("Overall assessment against the pay criteria", NOT_YET);
        }
        String text = "Highly competent: " + Choice.label(Choice.YES_NO, review.answer("highlyCompetent"))
                + "\nSubstantial contribution: " + Choice.label(Choice.YES_NO, review.answer("substantial"))
                + "\nRecommendation: " + Choice.label(Choice.RECOMMENDATION, review.answer("recommendation"))
                + "\nReasons: " + review.answer("reasons")
                + "\nSuccessful appraisal this year: " + yesNo(outcome.successful())
                + "; previous cycle year: " + yesNo(outcome.previousSuccessful())
                + "; sustained: " + yesNo(outcome.sustained());
        return labelled("Overall assessment against the pay criteria", text);
    }

    private PdfPTable signatures(Proforma proforma) {
        PdfPTable table = table(4, 16, 28, 28, 28);
        table.addCell(label("SIGNATURES"));
        Role[] roles = {Role.CASE_MANAGER, Role.APPRAISER, Role.SLT_MEMBER};
        String[] names = {"CASE MANAGER: ", "APPRAISER: ", "SLT MEMBER: "};
        for (int i = 0; i < roles.length; i++) {
            Proforma.SignatureLine line = proforma.signatures().get(roles[i]);
            table.addCell(labelled(names[i], line == null ? "Not signed" : line.name()));
        }
        table.addCell(label("DATE"));
        for (Role role : roles) {
            Proforma.SignatureLine line = proforma.signatures().get(role);
            table.addCell(text(line == null ? "" : DAY.format(line.date())));
        }
        return table;
    }

    private Paragraph checks(Proforma proforma) {
        Paragraph checks = new Paragraph();
        checks.setSpacingBefore(10);
        checks.add(new Phrase("Checking this copy\n", fonts.heading));
        checks.add(new Phrase(
                "Each record below is kept in Appraisal Bot as signed versions. The SHA-256 is of the version's"
                        + " content; /appraisal verify checks every record and the ledger.\n",
                fonts.small));
        for (Proforma.RecordLine line : proforma.records()) {
            checks.add(new Phrase(
                    line.name() + ", version " + line.version() + "\nSHA-256 " + line.contentSha256() + "\n"
                            + fonts.printable(line.signedBy()) + "\n",
                    fonts.small));
        }
        checks.add(new Phrase("Ledger head " + proforma.ledgerHead() + "\n", fonts.small));
        return checks;
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static PdfPTable table(int columns, float... widths) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setWidths(widths);
        table.setSpacingBefore(8);
        return table;
    }

    private PdfPCell label(String text) {
        return cell(new Phrase(text, fonts.label));
    }

    private PdfPCell text(String text) {
        return cell(new Phrase(fonts.printable(text == null ? "" : text), fonts.text));
    }

    private PdfPCell labelled(String label, String text) {
        Phrase phrase = new Phrase(label + "\n", fonts.label);
        phrase.add(new Phrase(fonts.printable(text == null ? "" : text), fonts.text));
        return cell(phrase);
    }

    private static PdfPCell wide(int span, PdfPCell cell) {
        cell.setColspan(span);
        return cell;
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }
}
