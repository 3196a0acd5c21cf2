package com.appraisalbot.slack;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what a person entered in a modal, by block_id and action_id: from a submission, or from a
 * button's {@code block_actions} payload, which carries the whole view's state too.
 */
public final class FormValues {

    /**
     * Slack's own limit on a plain-text input's {@code max_length}. A payload can still carry more
     * (a forged or replayed one); {@link #text} keeps it whole so that the length check reports the
     * real length and nothing typed is lost.
     */
    public static final int LONGEST_TEXT = 3000;

    private final Map<String, Map<String, ViewState.Value>> values;

    public FormValues(View view) {
        ViewState state = view == null ? null : view.getState();
        this.values = state == null || state.getValues() == null ? Map.of() : state.getValues();
    }

    private Optional<ViewState.Value> value(String blockId, String actionId) {
        return Optional.ofNullable(values.get(blockId)).map(block -> block.get(actionId));
    }

    public Optional<String> user(String blockId, String actionId) {
        return value(blockId, actionId).map(ViewState.Value::getSelectedUser).filter(s -> !s.isBlank());
    }

    public Optional<String> date(String blockId, String actionId) {
        return value(blockId, actionId).map(ViewState.Value::getSelectedDate).filter(s -> !s.isBlank());
    }

    /** A datepicker's date; empty when none was chosen or the payload's date is malformed. */
    public Optional<LocalDate> localDate(String blockId, String actionId) {
        try {
            return date(blockId, actionId).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A text input's value, trimmed and otherwise whole, however long: the caller checks its length. */
    public Optional<String> text(String blockId, String actionId) {
        return value(blockId, actionId).map(ViewState.Value::getValue).map(String::trim);
    }

    /** The value of the option chosen in a select or radio buttons. */
    public Optional<String> selected(String blockId, String actionId) {
        return value(blockId, actionId)
                .map(ViewState.Value::getSelectedOption)
                .map(ViewState.SelectedOption::getValue)
                .filter(s -> !s.isBlank());
    }

    public List<String> options(String blockId, String actionId) {
        return value(blockId, actionId)
                .map(ViewState.Value::getSelectedOptions)
                .map(options ->
                        options.stream().map(ViewState.SelectedOption::getValue).toList())
                .orElse(List.of());
    }
}
