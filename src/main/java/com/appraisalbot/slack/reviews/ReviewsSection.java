package com.appraisalbot.slack.reviews;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.usersSelect;

import com.appraisalbot.access.Access;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.calendar.Stage;
import com.appraisalbot.people.Directory;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Role;
import com.appraisalbot.reviews.ReviewKind;
import com.appraisalbot.reviews.ReviewState;
import com.appraisalbot.reviews.ReviewStatus;
import com.appraisalbot.reviews.Reviews;
import com.appraisalbot.slack.SlackText;
import com.appraisalbot.slack.home.HomeContext;
import com.appraisalbot.slack.home.HomeSection;
import com.slack.api.model.block.LayoutBlock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reviews part of the Home: a case manager's own two reviews and proforma; the reviews waiting
 * for an appraiser or an SLT member, each with a button to open it; and, for those who may see
 * others' records, a picker to get someone's proforma.
 */
@ApplicationScoped
public class ReviewsSection implements HomeSection {

    /** How many waiting reviews a list shows; the rest are counted. */
    static final int MOST_ROWS = 5;

    private final Reviews reviews;
    private final Directory directory;
    private final Access access;

    @Inject
    public ReviewsSection(Reviews reviews, Directory directory, Access access) {
        this.reviews = reviews;
        this.directory = directory;
        this.access = access;
    }

    @Override
    public int order() {
        return REVIEWS;
    }

    @Override
    public List<LayoutBlock> blocks(HomeContext home) {
        Person viewer = home.viewer();
        CycleYear year = home.cycle().year();
        List<LayoutBlock> blocks = new ArrayList<>();
        if (viewer.holds(Role.CASE_MANAGER)) {
            blocks.addAll(mine(viewer, year));
        }
        if (viewer.holds(Role.APPRAISER)) {
            blocks.addAll(waitingForAppraiser(home));
        }
        if (viewer.holds(Role.SLT_MEMBER)) {
            blocks.addAll(waitingForSlt(viewer, year));
        }
        if (access.seesWholeProvision(viewer) || viewer.holds(Role.APPRAISER)) {
            blocks.add(actions(a -> a.blockId("reviews_proforma_for")
                    .elements(List.of(usersSelect(u -> u.actionId(ProformaCommand.FOR_PERSON)
                            .placeholder(plainText("Get someone's proforma")))))));
        }
        if (blocks.isEmpty()) {
            return List.of();
        }
        blocks.add(0, header(h -> h.text(plainText("Reviews, " + year.label()))));
        return blocks;
    }

    private List<LayoutBlock> mine(Person viewer, CycleYear year) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (ReviewKind kind : ReviewKind.values()) {
            ReviewStatus status = reviews.state(viewer.id(), year, kind)
                    .map(ReviewState::status)
                    .orElse(ReviewStatus.DRAFT);
            String label = kind == ReviewKind.MIDPOINT ? "Open my mid-point review" : "Open my final review";
            blocks.add(section(s -> s.blockId("reviews_mine_" + kind.name().toLowerCase())
                    .text(markdownText("*" + kind.label() + ":* " + Reviews.describeStatus(status, kind)))
                    .accessory(button(b -> b.actionId(ReviewDms.openAction(kind))
                            .text(plainText("Open"))
                            .accessibilityLabel(label)
                            .value(ReviewRef.of(kind, viewer.id(), 0))))));
        }
        blocks.add(actions(a -> a.blockId("reviews_mine_proforma")
                .elements(List.of(button(b -> b.actionId(ProformaCommand.MINE)
                        .text(plainText("Get my proforma (PDF)"))
                        .value("mine"))))));
        return blocks;
    }

    private static List<LayoutBlock> waitingForAppraiser(HomeContext home) {
        Set<Stage> stages = Set.of(ReviewKind.MIDPOINT.stage(), ReviewKind.FINAL.stage());
        List<Waiting> waiting = home.appraisees().waitingOnTheirAppraiser(stages).stream()
                .map(p -> new Waiting(p, ReviewKind.of(home.appraisees().waitingStage(p, stages))))
                .toList();
        return rows("Waiting for your comments and approval", waiting, "reviews_appraiser");
    }

    private List<LayoutBlock> waitingForSlt(Person viewer, CycleYear year) {
        List<ReviewState> waiting = reviews.withStatus(viewer.teamId(), year, ReviewStatus.WITH_SLT, 500);
        Set<Long> ids = waiting.stream().map(ReviewState::caseManagerId).collect(Collectors.toSet());
        Map<Long, Person> people = directory.everyone(viewer.teamId()).stream()
                .filter(p -> ids.contains(p.id()) && access.maySignReviewAsSlt(viewer, p, year))
                .collect(Collectors.toMap(Person::id, Function.identity()));
        List<Waiting> mayDo = waiting.stream()
                .filter(s -> people.containsKey(s.caseManagerId()))
                .map(s -> new Waiting(people.get(s.caseManagerId()), s.kind()))
                .toList();
        return rows("Waiting for SLT sign-off", mayDo, "reviews_slt");
    }

    private static String shortName(String name) {
        return name.length() <= 40 ? name : name.substring(0, 40);
    }

    /** A review waiting on the viewer: whose, and which. */
    private record Waiting(Person caseManager, ReviewKind kind) {}

    private static List<LayoutBlock> rows(String title, List<Waiting> waiting, String blockPrefix) {
        if (waiting.isEmpty()) {
            return List.of();
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        String more = waiting.size() > MOST_ROWS ? " (" + MOST_ROWS + " of " + waiting.size() + " shown)" : "";
        blocks.add(section(s -> s.blockId(blockPrefix).text(markdownText("*" + title + "*" + more))));
        waiting.stream().limit(MOST_ROWS).forEach(row -> {
            Person person = row.caseManager();
            String name = SlackText.escape(person.displayName());
            blocks.add(section(s -> s.blockId(
                            blockPrefix + "_" + person.id() + "_" + row.kind().name())
                    .text(markdownText(name + ": " + row.kind().label().toLowerCase()))
                    .accessory(button(b -> b.actionId(ReviewDms.openAction(row.kind()))
                            .text(plainText("Open"))
                            .accessibilityLabel("Open the review of " + shortName(person.displayName()))
                            .value(ReviewRef.of(row.kind(), person.id(), 0))))));
        });
        return blocks;
    }
}
