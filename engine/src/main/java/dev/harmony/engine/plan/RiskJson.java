package dev.harmony.engine.plan;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Locale;

/** {@link Risk} in plan files as {@code low}, {@code medium} or {@code high}. */
final class RiskJson {
    private RiskJson() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("harmony-plan-risk");
        module.addSerializer(Risk.class, new JsonSerializer<>() {
            @Override
            public void serialize(Risk value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.code());
            }
        });
        module.addDeserializer(Risk.class, new JsonDeserializer<>() {
            @Override
            public Risk deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                String text = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null;
                for (Risk r : Risk.values()) {
                    if (r.code().equals(text == null ? null : text.toLowerCase(Locale.ROOT))) {
                        return r;
                    }
                }
                return (Risk) ctx.handleWeirdStringValue(Risk.class, String.valueOf(text),
                        "risk must be low, medium or high");
            }
        });
        return module;
    }
}
