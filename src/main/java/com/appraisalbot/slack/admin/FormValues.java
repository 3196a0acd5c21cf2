package com.appraisalbot.slack.admin;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads what a person entered in a submitted modal, by block_id and action_id. */
final class FormValues {

    private final Map<String, Map<String, ViewState.Value>> values;

    FormValues(View view) {
        ViewState state = view == null ? null : view.getState();
        this.values = state == null || state.getValues() == null ? Map.of() : state.getValues();
    }

    private Optional<ViewState.Value> value(String blockId, String actionId) {
        return Optional.ofNullable(values.get(blockId)).map(block -> block.get(actionId));
    }

    Optional<String> user(String blockId, String actionId) {
        return value(blockId, actionId).map(ViewState.Value::getSelectedUser).filter(s -> !s.isBlank());
    }

    Optional<String> date(String blockId, String actionId) {
        return value(blockId, actionId).map(ViewState.Value::getSelectedDate).filter(s -> !s.isBlank());
    }

    Optional<String> text(String blockId, String actionId) {
        return value(blockId, actionId).map(ViewState.Value::getValue).map(String::trim);
    }

    List<String> options(String blockId, String actionId) {
        return value(blockId, actionId)
                .map(ViewState.Value::getSelectedOptions)
                .map(options ->
                        options.stream().map(ViewState.SelectedOption::getValue).toList())
                .orElse(List.of());
    }
}
