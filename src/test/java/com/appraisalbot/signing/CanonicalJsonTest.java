package com.appraisalbot.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keysAreSortedAtEveryDepthAndArraysKeepTheirOrder() {
        String canonical = CanonicalJson.of("{ \"z\": [ {\"b\":1, \"a\":2}, 3 ], \"a\": {\"d\": null, \"c\": \"x\"} }");

        assertThat(canonical).isEqualTo("{\"a\":{\"c\":\"x\",\"d\":null},\"z\":[{\"a\":2,\"b\":1},3]}");
    }

    @Test
    void aMapAndTheSameJsonTextGiveTheSameCanonicalForm() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("outcome", "highly <competent> & sustained");
        content.put("areas", List.of("Departmental", "Whole provision"));

        String fromMap = CanonicalJson.of(content);
        String fromText = CanonicalJson.of(
                "{\"areas\":[\"Departmental\",\"Whole provision\"],\"outcome\":\"highly <competent> & sustained\"}");

        assertThat(fromMap).isEqualTo(fromText);
        assertThat(fromMap).contains("<competent> &");
    }

    @Test
    void contentThatIsNotAJsonObjectIsRefused() {
        assertThatThrownBy(() -> CanonicalJson.of("[1, 2]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.of("{not json")).isInstanceOf(IllegalArgumentException.class);
    }
}
