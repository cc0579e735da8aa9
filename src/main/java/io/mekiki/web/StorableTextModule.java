package io.mekiki.web;

import io.mekiki.shared.StorableText;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses, while a JSON body is read, any string value or object key holding a NUL character or a lone
 * surrogate (also when written as {@code \u0000} or {@code \ud800}), so that every request record of
 * every module gets a 400 naming the field instead of a database error. Spring Boot adds this module to
 * the application's JSON mapper.
 */
@Component
class StorableTextModule extends SimpleModule {

    StorableTextModule() {
        super("mekiki-storable-text");
        addDeserializer(String.class, new StorableStrings());
        addKeyDeserializer(String.class, new StorableKeys());
    }

    /** The value could be read but not kept; ApiProblems reports it by its path. */
    static final class UnstorableTextException extends InvalidFormatException {

        UnstorableTextException(JsonParser parser, String value) {
            super(parser, "Text with a NUL character or a lone surrogate", value, String.class);
        }
    }

    private static final class StorableStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (!StorableText.isStorable(value)) {
                throw new UnstorableTextException(parser, value);
            }
            return value;
        }
    }

    private static final class StorableKeys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            if (!StorableText.isStorable(key)) {
                throw new UnstorableTextException(context.getParser(), key);
            }
            return key;
        }
    }
}
