package com.appraisalbot.slack.admin;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.appraisalbot.access.Access;
import com.appraisalbot.calendar.Cycle;
import com.appraisalbot.calendar.Stage;
import com.appraisalbot.people.Directory;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Role;
import com.appraisalbot.slack.SlackDates;
import com.appraisalbot.slack.home.HomeContext;
import com.appraisalbot.slack.home.HomeSection;
import com.slack.api.model.block.LayoutBlock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** An admin's part of the Home: the state of the setup in a sentence or two, and the setup buttons. */
@ApplicationScoped
public class SetupSection implements HomeSection {

    private final Directory directory;
    private final Access access;

    @Inject
    public SetupSection(Directory directory, Access access) {
        this.directory = directory;
        this.access = access;
    }

    @Override
    public int order() {
        return SETUP;
    }

    @Override
    public List<LayoutBlock> blocks(HomeContext home) {
        if (!access.mayAdminister(home.viewer())) {
            return List.of();
        }
        return List.of(
                header(h -> h.text(plainText("Setting up the provision"))),
                section(s -> s.blockId("home_setup_state").text(markdownText(state(home)))),
                actions(a -> a.blockId("home_setup").elements(AdminActions.buttons())));
    }

    private String state(HomeContext home) {
        Cycle cycle = home.cycle();
        List<Person> everyone = directory.everyone(home.viewer().teamId());
        long caseManagers =
                everyone.stream().filter(p -> p.holds(Role.CASE_MANAGER)).count();
        int assigned =
                directory.assignments(home.viewer().teamId(), cycle.year()).size();
        StringBuilder text = new StringBuilder()
                .append(everyone.size())
                .append(everyone.size() == 1 ? " person" : " people")
                .append(" set up; ")
                .append(caseManagers)
                .append(" case managers, ")
                .append(Math.max(0, caseManagers - assigned))
                .append(" without an appraiser for ")
                .append(cycle.year().label())
                .append(".\n*Deadlines:* ");
        for (Stage stage : Stage.values()) {
            text.append(stage == Stage.PLANNING ? "" : "; ")
                    .append(stage.label())
                    .append(" ")
                    .append(SlackDates.day(cycle.deadline(stage), home.zone()));
        }
        return text.append('.').toString();
    }
}
