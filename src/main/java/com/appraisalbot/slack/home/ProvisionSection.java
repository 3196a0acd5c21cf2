package com.appraisalbot.slack.home;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.appraisalbot.access.Access;
import com.appraisalbot.calendar.Stage;
import com.appraisalbot.people.AppraiserAssignment;
import com.appraisalbot.people.Directory;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Role;
import com.appraisalbot.progress.Progress;
import com.appraisalbot.progress.Standing;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole provision at a glance, for the Head of Services and SLT: how many case managers are at
 * each stage and how many are overdue, then everyone, overdue first, a page at a time.
 */
@ApplicationScoped
public class ProvisionSection implements HomeSection {

    static final String LIST = "provision";

    private final Directory directory;
    private final Progress progress;
    private final Access access;

    @Inject
    public ProvisionSection(Directory directory, Progress progress, Access access) {
        this.directory = directory;
        this.progress = progress;
        this.access = access;
    }

    /** A case manager with where they stand; no standing when nobody appraises them yet. */
    private record Row(Person caseManager, Optional<Standing> standing) {
        boolean overdue() {
            return standing.map(Standing::isOverdue).orElse(false);
        }
    }

    @Override
    public int order() {
        return PROVISION;
    }

    @Override
    public List<LayoutBlock> blocks(HomeContext home) {
        if (!access.seesWholeProvision(home.viewer())) {
            return List.of();
        }
        List<Row> rows = rows(home);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(
                h -> h.text(plainText("The provision, " + home.cycle().year().label()))));
        if (rows.isEmpty()) {
            blocks.add(section(s -> s.blockId("home_provision_empty")
                    .text(markdownText("No case managers are set up yet. An admin adds them from their Home."))));
            return blocks;
        }
        blocks.add(section(s -> s.blockId("home_provision_counts").fields(counts(rows))));
        HomePager.Page<Row> page = HomePager.page(rows, home.pages().page(LIST));
        page.items().forEach(row -> blocks.add(rowBlock(row, home)));
        blocks.addAll(HomePager.controls(LIST, page, "case managers"));
        return blocks;
    }

    private List<Row> rows(HomeContext home) {
        List<AppraiserAssignment> assignments =
                directory.assignments(home.viewer().teamId(), home.cycle().year());
        Map<Long, Standing> standings = progress.standings(assignments, home.cycle(), home.today());
        Set<Long> assigned = standings.keySet();
        List<Row> rows = new ArrayList<>();
        assignments.forEach(a -> rows.add(new Row(
                a.caseManager(), Optional.of(standings.get(a.caseManager().id())))));
        directory.everyone(home.viewer().teamId()).stream()
                .filter(p -> p.holds(Role.CASE_MANAGER) && !assigned.contains(p.id()))
                .forEach(p -> rows.add(new Row(p, Optional.empty())));
        rows.sort(Comparator.comparing((Row r) -> !r.overdue())
                .thenComparing(r -> r.caseManager().displayName(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(r -> r.caseManager().id()));
        return rows;
    }

    private static List<TextObject> counts(List<Row> rows) {
        List<TextObject> fields = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            List<Row> at = rows.stream()
                    .filter(r -> r.standing().flatMap(Standing::stage).equals(Optional.of(stage)))
                    .toList();
            long overdue = at.stream().filter(Row::overdue).count();
            fields.add(
                    markdownText("*" + stage.label() + "*\n" + at.size() + " at this stage, " + overdue + " overdue"));
        }
        long complete = rows.stream()
                .filter(r ->
                        r.standing().isPresent() && r.standing().get().stage().isEmpty())
                .count();
        long unassigned = rows.stream().filter(r -> r.standing().isEmpty()).count();
        fields.add(markdownText("*Complete*\n" + complete));
        fields.add(markdownText("*No appraiser yet*\n" + unassigned));
        return fields;
    }

    private static LayoutBlock rowBlock(Row row, HomeContext home) {
        return row.standing()
                .map(standing -> CaseManagerRows.row(row.caseManager(), standing))
                .orElseGet(() -> CaseManagerRows.rowWithoutAppraiser(
                        row.caseManager(), home.cycle().year().label()));
    }
}
