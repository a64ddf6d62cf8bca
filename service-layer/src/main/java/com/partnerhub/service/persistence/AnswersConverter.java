package com.partnerhub.service.persistence;

import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;

import com.partnerhub.service.application.shared.JsonSupport;

/**
 * An order's answers to its package's questions as one JSON object in the order's row ({@code {"business":"…"}}, keys
 * sorted): they are read and written only with their order, so a table of their own cost a row per answer placed and
 * multiplied the rows of every order read with its milestones.
 */
public class AnswersConverter implements AttributeConverter<Map<String, String>, String> {

    @Override
    public String convertToDatabaseColumn(Map<String, String> answers) {
        JsonObjectBuilder object = JsonSupport.PROVIDER.createObjectBuilder();
        if (answers != null) {
            new TreeMap<>(answers).forEach(object::add);
        }
        return object.build().toString();
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return Map.of();
        }
        try (var reader = JsonSupport.PROVIDER.createReader(new StringReader(column))) {
            return reader.readObject().entrySet().stream()
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> ((JsonString) e.getValue()).getString()));
        }
    }
}
