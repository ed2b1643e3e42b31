using System.Text.Json;
using System.Text.Json.Serialization;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.ServiceDefaults.Json;

/// <summary>
/// Numbers in request bodies may come as JSON numbers or as strings typed on a Persian or Arabic keyboard
/// ("۱۲۰۰۰۰", "٣٫٥"): both bind. Anything else is a JSON error, which becomes a 400 field error.
/// Output is always a JSON number.
/// </summary>
public sealed class LocalizedNumberConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert == typeof(decimal) || typeToConvert == typeof(int) || typeToConvert == typeof(long);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        typeToConvert == typeof(decimal) ? new DecimalConverter()
        : typeToConvert == typeof(int) ? new Int32Converter()
        : new Int64Converter();

    private static decimal ReadDecimal(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number) return reader.GetDecimal();
        if (reader.TokenType == JsonTokenType.String && DigitNormalizer.TryParseDecimal(reader.GetString(), out var value)) return value;
        throw new JsonException("The value is not a number.");
    }

    private sealed class DecimalConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadDecimal(ref reader);

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    private sealed class Int32Converter : JsonConverter<int>
    {
        public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Number) return reader.GetInt32();
            var value = ReadDecimal(ref reader);
            return value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue
                ? (int)value
                : throw new JsonException("The value is not a whole number.");
        }

        public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    private sealed class Int64Converter : JsonConverter<long>
    {
        public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Number) return reader.GetInt64();
            var value = ReadDecimal(ref reader);
            return value == decimal.Truncate(value) && value is >= long.MinValue and <= long.MaxValue
                ? (long)value
                : throw new JsonException("The value is not a whole number.");
        }

        public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }
}
