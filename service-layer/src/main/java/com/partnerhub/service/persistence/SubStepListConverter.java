package com.partnerhub.service.persistence;

import java.io.StringReader;
import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.AttributeConverter;

import com.partnerhub.service.application.shared.JsonSupport;
import com.partnerhub.service.domain.order.SubStep;

/**
 * A milestone's sub-steps as one JSON array in its own row ({@code [{"no":1,"label":"…","done":false}]}): they are
 * only ever read and written with their milestone, so a table of their own cost a query per milestone shown and an
 * insert per milestone placed.
 */
public class SubStepListConverter implements AttributeConverter<List<SubStep>, String> {

    @Override
    public String convertToDatabaseColumn(List<SubStep> steps) {
        JsonArrayBuilder array = JsonSupport.PROVIDER.createArrayBuilder();
        if (steps != null) {
            steps.forEach(s -> array.add(JsonSupport.PROVIDER.createObjectBuilder()
                    .add("no", s.stepNo()).add("label", s.label()).add("done", s.done())));
        }
        return array.build().toString();
    }

    @Override
    public List<SubStep> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try (var reader = JsonSupport.PROVIDER.createReader(new StringReader(column))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(o -> new SubStep(o.getInt("no"), o.getString("label"), o.getBoolean("done"))).toList();
        }
    }
}
