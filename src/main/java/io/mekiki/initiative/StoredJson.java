package io.mekiki.initiative;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads back the canonical JSON the initiative stores (snapshots, history). */
final class StoredJson {

    private static final JsonMapper READER = JsonMapper.builder().build();

    private StoredJson() {}

    static JsonNode read(String json) {
        return READER.readTree(json);
    }
}
