package com.partnerhub.service.persistence;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;

import com.partnerhub.service.application.shared.JsonSupport;
import com.partnerhub.service.domain.order.MilestoneTexts;

/**
 * A milestone's words per language as one JSON object in its row
 * ({@code {"de":{"name":"…","description":"…","steps":["…"]},"en":{…}}}); null when it has none.
 */
public class MilestoneTextsConverter implements AttributeConverter<MilestoneTexts, String> {

    @Override
    public String convertToDatabaseColumn(MilestoneTexts texts) {
        if (texts == null || texts.byLanguage().isEmpty()) {
            return null;
        }
        JsonObjectBuilder all = JsonSupport.PROVIDER.createObjectBuilder();
        new java.util.TreeMap<>(texts.byLanguage()).forEach((language, words) -> {
            JsonArrayBuilder steps = JsonSupport.PROVIDER.createArrayBuilder();
            words.steps().forEach(steps::add);
            JsonObjectBuilder w = JsonSupport.PROVIDER.createObjectBuilder().add("name", words.name()).add("steps", steps);
            if (words.description() != null) {
                w.add("description", words.description());
            }
            all.add(language, w);
        });
        return all.build().toString();
    }

    @Override
    public MilestoneTexts convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return MilestoneTexts.NONE;
        }
        try (var reader = JsonSupport.PROVIDER.createReader(new StringReader(column))) {
            Map<String, MilestoneTexts.Words> byLanguage = new LinkedHashMap<>();
            reader.readObject().forEach((language, value) -> {
                JsonObject w = value.asJsonObject();
                JsonValue description = w.get("description");
                byLanguage.put(language, new MilestoneTexts.Words(w.getString("name"),
                        description instanceof JsonString s ? s.getString() : null,
                        w.getJsonArray("steps").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
            });
            return new MilestoneTexts(byLanguage);
        }
    }
}
