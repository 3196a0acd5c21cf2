package com.appraisalbot.slack.objectives;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;

import com.appraisalbot.objectives.CpdActivity;
import com.appraisalbot.objectives.Objective;
import com.appraisalbot.objectives.ObjectiveArea;
import com.appraisalbot.objectives.ObjectivesPlan;
import com.appraisalbot.objectives.ObjectivesRules;
import com.appraisalbot.objectives.ObjectivesStatus;
import com.appraisalbot.slack.Excerpt;
import com.appraisalbot.slack.FormValues;
import com.appraisalbot.slack.ModalText;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The objectives modals: an overview of the four objectives and the development and support, each
 * with an Edit button that pushes a short form of its own. Block and action IDs stay the same
 * between updates so typed text survives; {@code private_metadata} holds only IDs.
 */
final class ObjectivesModals {

    static final String OVERVIEW = "objectives_overview";
    static final String OBJECTIVE_FORM = "objectives_objective";
    static final String SUPPORT_FORM = "objectives_support";
    static final String EDIT_OBJECTIVE = "objectives_edit";
    static final String EDIT_SUPPORT = "objectives_edit_support";
    static final String SAVE_DRAFT = "objectives_save_draft";
    static final String TEXT = "text";
    static final String CPD = "cpd";
    static final String CPD_OTHER = "cpd.other";
    static final String DEVELOPMENT = "development";
    static final String RESOURCES = "resources";
    static final String MEETING = "meeting";
    static final String PRIVACY = "Don't paste young people's personal details: refer to records by their reference.";

    private static final int OVERVIEW_EXCERPT = 200;

    private ObjectivesModals() {}

    /** What the overview shows beyond the plan: the year, the appraiser, the status and any problems. */
    record Overview(
            int year,
            String yearLabel,
            String appraiser,
            ObjectivesStatus status,
            String statusDetail,
            Map<String, String> problems) {}

    static View overview(ObjectivesPlan plan, Overview overview) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId("objectives_intro")
                .text(markdownText("Your four objectives for " + overview.yearLabel() + ", agreed with your appraiser "
                        + overview.appraiser() + ". Edit each part; everything you save is kept as a draft until"
                        + " you submit it."))));
        blocks.add(section(s -> s.blockId("objectives_status").text(markdownText(statusText(overview)))));
        if (!overview.problems().isEmpty()) {
            blocks.add(section(s -> s.blockId("objectives_problems").text(markdownText(problemList(overview)))));
        }
        for (ObjectiveArea area : ObjectiveArea.values()) {
            blocks.add(areaRow(area, plan.objective(area)));
        }
        blocks.add(section(s -> s.blockId("objectives_support")
                .text(markdownText("*Development and support*\n" + supportState(plan)))
                .accessory(button(b -> b.actionId(EDIT_SUPPORT)
                        .text(plainText("Edit"))
                        .value("support")
                        .accessibilityLabel("Edit development and support")))));
        blocks.add(context(c -> c.blockId("objectives_privacy").elements(List.of(markdownText(PRIVACY)))));
        return view(v -> v.type("modal")
                .callbackId(OVERVIEW)
                .privateMetadata(Integer.toString(overview.year()))
                .title(ModalText.title("Objectives " + overview.yearLabel()))
                .submit(ModalText.submit("Submit to appraiser"))
                .close(ModalText.close("Close"))
                .blocks(blocks));
    }

    private static String statusText(Overview overview) {
        ObjectivesStatus status = overview.status();
        String version = status.versionNumber() == 0 ? "" : " (version " + status.versionNumber() + ")";
        String changes = status.unsubmittedChanges() && status.state() != ObjectivesStatus.State.NOT_SUBMITTED
                ? "\nYou have saved changes that are not submitted yet. Submit them to send a new version."
                : "";
        return "*Status:* " + status.state().label() + version + overview.statusDetail() + changes;
    }

    private static String problemList(Overview overview) {
        StringBuilder text = new StringBuilder("*Before you can submit, fix these:*");
        overview.problems().values().forEach(p -> text.append("\n• ").append(p));
        text.append("\nUse the Edit button beside each part.");
        return text.toString();
    }

    private static LayoutBlock areaRow(ObjectiveArea area, Objective objective) {
        String state = objective.objective().isEmpty()
                ? "_Not written yet._"
                : Excerpt.of(objective.objective(), OVERVIEW_EXCERPT).text();
        String criteria = objective.successCriteria().isEmpty() ? "\n_Success criteria not written yet._" : "";
        return section(s -> s.blockId("objectives_area_" + area.number())
                .text(markdownText("*" + area.title() + "*\n" + state + criteria))
                .accessory(button(b -> b.actionId(EDIT_OBJECTIVE)
                        .text(plainText("Edit"))
                        .value(Integer.toString(area.number()))
                        .accessibilityLabel("Edit objective " + area.number()))));
    }

    private static String supportState(ObjectivesPlan plan) {
        int activities = plan.cpdActivities().size() + (plan.otherCpd().isEmpty() ? 0 : 1);
        String meeting = plan.meetingDate() == null ? "no meeting date yet" : "meeting date chosen";
        return activities + " CPD " + (activities == 1 ? "activity" : "activities") + ", " + meeting + ".";
    }

    /** One objective's short form, pushed over the overview. */
    static View objectiveForm(ObjectiveArea area, Objective objective, String metadata, Optional<String> note) {
        int n = area.number();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(context(c -> c.blockId("objective_intro")
                .elements(List.of(markdownText(area.title() + ". Save keeps it as a draft; nothing goes to your"
                        + " appraiser until you submit from the overview. " + PRIVACY)))));
        blocks.addAll(objectiveInputs(n, objective));
        blocks.addAll(saveDraft("objective", note));
        return form(OBJECTIVE_FORM, "Objective " + n, metadata, blocks);
    }

    /** The four answers of objective {@code n}, their block IDs the keys {@code ObjectivesRules} uses. */
    private static List<LayoutBlock> objectiveInputs(int n, Objective objective) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(textInput(
                "objective." + n,
                "Objective",
                objective.objective(),
                ObjectivesRules.OBJECTIVE_MAX,
                true,
                "What you will achieve this year."));
        blocks.add(textInput(
                "success." + n,
                "Success criteria / evidence required",
                objective.successCriteria(),
                ObjectivesRules.SUCCESS_CRITERIA_MAX,
                true,
                "How you and your appraiser will know it is met."));
        blocks.add(textInput(
                "pts." + n,
                "Link to PTS",
                objective.ptsLink(),
                ObjectivesRules.LINK_MAX,
                false,
                "The Practising Case Managers Standards (PTS) it supports. Optional."));
        blocks.add(textInput(
                "sip." + n,
                "Link to SIP",
                objective.sipLink(),
                ObjectivesRules.LINK_MAX,
                false,
                "The part of the Service Improvement Plan (SIP) it supports. Optional."));
        return blocks;
    }

    /** The development and support form: CPD, development, resources and the meeting date. */
    static View supportForm(ObjectivesPlan plan, String metadata, Optional<String> note) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(cpdChoices(plan));
        blocks.add(textInput(
                CPD_OTHER,
                "Other CPD activities",
                plan.otherCpd(),
                ObjectivesRules.OTHER_CPD_MAX,
                false,
                "Anything not in the list. Optional."));
        blocks.add(textInput(
                DEVELOPMENT,
                "Development, training and support",
                plan.developmentSupport(),
                ObjectivesRules.SUPPORT_MAX,
                true,
                "What you need to meet your objectives. Optional."));
        blocks.add(textInput(
                RESOURCES,
                "Resources to support the objectives",
                plan.resources(),
                ObjectivesRules.SUPPORT_MAX,
                true,
                "Time, budget, materials. Optional."));
        String meeting = plan.meetingDate() == null ? null : plan.meetingDate().toString();
        blocks.add(input(i -> i.blockId(MEETING)
                .optional(true)
                .label(plainText("Date of the planning meeting"))
                .element(datePicker(d -> d.actionId(TEXT).initialDate(meeting)))));
        blocks.addAll(saveDraft("support", note));
        return form(SUPPORT_FORM, "Development & support", metadata, blocks);
    }

    /** The policy's CPD activities as checkboxes, those in the plan ticked. */
    private static LayoutBlock cpdChoices(ObjectivesPlan plan) {
        List<OptionObject> options = new ArrayList<>();
        for (CpdActivity activity : CpdActivity.values()) {
            options.add(option(plainText(activity.label()), activity.name()));
        }
        List<OptionObject> chosen = options.stream()
                .filter(o -> plan.cpdActivities().contains(CpdActivity.valueOf(o.getValue())))
                .toList();
        return input(i -> i.blockId(CPD)
                .optional(true)
                .label(plainText("CPD activities to be undertaken"))
                .element(checkboxes(
                        c -> c.actionId(TEXT).options(options).initialOptions(chosen.isEmpty() ? null : chosen))));
    }

    /**
     * A text input holding the saved answer. An answer saved longer than its limit (only a forged
     * request can send one) is shown whole, as far as Slack's own limit allows, with the input
     * widened to hold it, so that the person can see it and shorten it.
     */
    private static LayoutBlock textInput(
            String blockId, String label, String value, int max, boolean multiline, String hint) {
        int room = Math.min(FormValues.LONGEST_TEXT, Math.max(max, value.length()));
        String shown = value.length() > room ? value.substring(0, room) : value;
        String over = value.length() > max ? " This answer has " + value.length() + "; shorten it." : "";
        return input(i -> i.blockId(blockId)
                .optional(true)
                .label(plainText(label))
                .hint(plainText(hint + " Up to " + max + " characters." + over))
                .element(plainTextInput(t -> t.actionId(TEXT)
                        .multiline(multiline)
                        .maxLength(room)
                        .initialValue(shown.isEmpty() ? null : shown))));
    }

    private static List<LayoutBlock> saveDraft(String form, Optional<String> note) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(actions(a -> a.blockId("objectives_draft_actions")
                .elements(List.of(button(b ->
                        b.actionId(SAVE_DRAFT).text(plainText("Save draft")).value(form))))));
        note.ifPresent(text ->
                blocks.add(context(c -> c.blockId("objectives_draft_note").elements(List.of(markdownText(text))))));
        return blocks;
    }

    private static View form(String callbackId, String title, String metadata, List<LayoutBlock> blocks) {
        return view(v -> v.type("modal")
                .callbackId(callbackId)
                .privateMetadata(metadata)
                .title(ModalText.title(title))
                .submit(ModalText.submit("Save"))
                .close(ModalText.close("Back"))
                .blocks(blocks));
    }
}
