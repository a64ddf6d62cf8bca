package com.partnerhub.service.persistence;

import java.io.StringReader;
import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;

import com.partnerhub.service.application.shared.JsonSupport;

/** Short lists of texts (sub-steps, choices) stored as a JSON array in one column, read and written by JSON-P. */
public class StringListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        JsonArrayBuilder array = JsonSupport.PROVIDER.createArrayBuilder();
        if (values != null) {
            values.forEach(array::add);
        }
        return array.build().toString();
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try (var reader = JsonSupport.PROVIDER.createReader(new StringReader(column))) {
            return reader.readArray().getValuesAs(JsonString::getString);
        }
    }
}
