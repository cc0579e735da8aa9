package io.mekiki.web;

import io.mekiki.shared.StorableText;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Refuses, while a JSON body is read, any string value or object key holding a NUL character or a lone
 * surrogate (also when written as {@code \u0000} or {@code \ud800}), so that every request record of
 * every module gets a 400 naming the field instead of a database error. A number, yes-or-no or other single
 * value sent as a string is held to the same rule: Jackson trims the text before reading it as a number, and
 * a NUL is among what it trims, so {@code "9\u0000"} would otherwise be taken as 9. Spring Boot adds this
 * module to the application's JSON mapper.
 */
@Component
class StorableTextModule extends SimpleModule {

    StorableTextModule() {
        super("mekiki-storable-text");
        addDeserializer(String.class, new StorableStrings());
        addKeyDeserializer(String.class, new StorableKeys());
        setDeserializerModifier(new StorableScalars());
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

    /** Puts {@link StorableScalar} before the deserialisers of single values other than text. */
    private static final class StorableScalars extends ValueDeserializerModifier {

        private static final Set<LogicalType> SCALARS = EnumSet.of(
                LogicalType.Integer,
                LogicalType.Float,
                LogicalType.Boolean,
                LogicalType.Enum,
                LogicalType.DateTime,
                LogicalType.OtherScalar);

        @Override
        public ValueDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            return guarded(deserializer);
        }

        @Override
        public ValueDeserializer<?> modifyEnumDeserializer(
                DeserializationConfig config,
                JavaType type,
                BeanDescription.Supplier description,
                ValueDeserializer<?> deserializer) {
            return guarded(deserializer);
        }

        private static ValueDeserializer<?> guarded(ValueDeserializer<?> deserializer) {
            return SCALARS.contains(deserializer.logicalType()) && !(deserializer instanceof StorableScalar)
                    ? new StorableScalar(deserializer)
                    : deserializer;
        }
    }

    /** A single value that is not text: refused when it comes as a string that could not be kept as text. */
    private static final class StorableScalar extends DelegatingDeserializer {

        StorableScalar(ValueDeserializer<?> delegatee) {
            super(delegatee);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
            return new StorableScalar(delegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING) && !StorableText.isStorable(parser.getString())) {
                throw new UnstorableTextException(parser, parser.getString());
            }
            return super.deserialize(parser, context);
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
