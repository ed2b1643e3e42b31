using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using LabourWelfare.Contracts;
using LabourWelfare.TestSupport;
using MassTransit;
using YamlDotNet.Serialization;

namespace LabourWelfare.Interfaces.Tests;

/// <summary>
/// docs/asyncapi.yaml against the contract types: every IIntegrationEvent has its channel (the exchange of its
/// [EntityName]), a payload schema with exactly its properties (camelCase, same types, same required set), a complete
/// example, and personal-data paths that exist. A contract cannot change without the catalogue.
/// </summary>
public sealed partial class EventCatalogueTests
{
    private static readonly Lazy<JsonElement> Catalogue = new(Load);

    private static JsonElement Load()
    {
        var yaml = File.ReadAllText(Path.Combine(TestEnvironment.RepositoryRoot, "docs", "asyncapi.yaml"));
        var graph = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build().Deserialize(new StringReader(yaml));
        var json = new SerializerBuilder().JsonCompatible().Build().Serialize(graph!);
        return JsonDocument.Parse(json).RootElement;
    }

    public static TheoryData<string> EventTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in EventProbe.ContractTypes) data.Add(type.FullName!);
        return data;
    }

    private static Type EventType(string name) => EventProbe.ContractTypes.Single(t => t.FullName == name);

    private static string ExchangeOf(Type type) =>
        type.GetCustomAttribute<EntityNameAttribute>()?.EntityName ?? throw new InvalidOperationException($"{type.Name} has no [EntityName].");

    [Fact]
    public void Every_event_is_declared_by_exactly_one_publishing_service()
    {
        var declared = EventCatalogue.All.ToList();
        Assert.Equal(declared.Count, declared.Distinct().Count());
        Assert.Equal(EventProbe.ContractTypes.Select(t => t.FullName).Order(), declared.Select(t => t.FullName).Order());
    }

    [Fact]
    public void Catalogue_is_asyncapi_3()
    {
        Assert.StartsWith("3.", Catalogue.Value.GetProperty("asyncapi").GetString());
        Assert.NotEmpty(EventProbe.ContractTypes);
    }

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Every_event_has_a_fanout_channel_named_after_its_exchange(string typeName)
    {
        var type = EventType(typeName);
        var exchange = ExchangeOf(type);
        var (_, channel) = Channels().SingleOrDefault(c => c.Channel.GetProperty("address").GetString() == exchange);
        Assert.True(channel.ValueKind == JsonValueKind.Object, $"docs/asyncapi.yaml has no channel with address {exchange} for {type.Name}.");
        var binding = channel.GetProperty("bindings").GetProperty("amqp").GetProperty("exchange");
        Assert.Equal(exchange, binding.GetProperty("name").GetString());
        Assert.Equal("fanout", binding.GetProperty("type").GetString());
        var message = Message(type);
        Assert.Equal(type.Name, message.GetProperty("name").GetString());
    }

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Payload_schema_matches_the_contract(string typeName)
    {
        var type = EventType(typeName);
        AssertSchemaMatches(type, Resolve(EventSchema(Message(type))), type.Name);
    }

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Example_carries_every_property_with_the_right_kind_of_value(string typeName)
    {
        var type = EventType(typeName);
        var example = Message(type).GetProperty("examples")[0].GetProperty("payload").GetProperty("message");
        AssertExampleMatches(type, example, type.Name);
        // The example deserialises into the contract as a consumer would read it.
        Assert.NotNull(JsonSerializer.Deserialize(example.GetRawText(), type, JsonSerializerOptions.Web));
    }

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Personal_data_paths_name_real_fields(string typeName)
    {
        var type = EventType(typeName);
        var personal = Message(type).GetProperty("x-personal-data");
        Assert.Equal(JsonValueKind.Array, personal.ValueKind);
        foreach (var entry in personal.EnumerateArray())
        {
            var path = entry.GetProperty("path").GetString()!;
            Assert.True(PropertyAt(type, path) is not null, $"{type.Name}: x-personal-data path '{path}' is not a property of the contract.");
            Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty("category").GetString()));
        }
    }

    [Fact]
    public void Fields_that_hold_national_ids_or_names_of_people_are_declared_personal()
    {
        foreach (var type in EventProbe.ContractTypes)
        {
            var declared = Message(type).GetProperty("x-personal-data").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToHashSet();
            foreach (var path in Paths(type, "").Where(p => p.EndsWith("nationalId", StringComparison.Ordinal) || p.EndsWith("fullName", StringComparison.Ordinal)))
                Assert.True(declared.Contains(path), $"{type.Name}.{path} carries personal data but is not listed in x-personal-data.");
        }
    }

    [Fact]
    public void Every_channel_belongs_to_a_contract_and_exchanges_are_versioned()
    {
        var exchanges = EventProbe.ContractTypes.Select(ExchangeOf).ToList();
        Assert.Equal(exchanges.Count, exchanges.Distinct().Count());
        foreach (var (name, channel) in Channels())
            Assert.True(exchanges.Contains(channel.GetProperty("address").GetString()!), $"Channel {name} describes no contract type (stale entry?).");
        foreach (var type in EventProbe.ContractTypes)
        {
            var match = VersionedExchange().Match(ExchangeOf(type));
            Assert.True(match.Success, $"{type.Name}: exchange '{ExchangeOf(type)}' must be labourwelfare.<event>.v<major>.");
            // A breaking change is a new type in namespace ...V<n> published to .v<n>, beside the old one.
            var namespaceVersion = Regex.Match(type.Namespace ?? "", @"\.V(\d+)$") is { Success: true } ns ? ns.Groups[1].Value : "1";
            Assert.Equal(namespaceVersion, match.Groups[1].Value);
        }
    }

    [Fact]
    public void A_changed_contract_is_caught()
    {
        // The check itself: a schema that lost a property, or typed one wrongly, does not match.
        var schema = Resolve(EventSchema(Message(typeof(CooperativeDissolved))));
        var broken = JsonDocument.Parse(schema.GetRawText().Replace("\"dissolvedOn\"", "\"dissolvedAt\"")).RootElement;
        Assert.ThrowsAny<Exception>(() => AssertSchemaMatches(typeof(CooperativeDissolved), broken, "broken"));
    }

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Example_envelope_and_headers_validate_against_the_message_schemas(string typeName)
    {
        // JSON Schema validation (JsonSchema.Net) of what the catalogue shows partners: enums, formats, the envelope.
        var key = LabourWelfare.TestSupport.Contracts.EventCatalogue.MessageKey(EventType(typeName));
        var example = Message(EventType(typeName)).GetProperty("examples")[0];
        var payload = LabourWelfare.TestSupport.Contracts.EventCatalogue.Validate($"/components/messages/{key}/payload", example.GetProperty("payload"));
        Assert.True(payload.Count == 0, $"{key} example payload: " + string.Join("; ", payload));
        var headers = LabourWelfare.TestSupport.Contracts.EventCatalogue.Validate($"/components/messages/{key}/headers", example.GetProperty("headers"));
        Assert.True(headers.Count == 0, $"{key} example headers: " + string.Join("; ", headers));
        // The envelope's messageId is the event id, and its messageType names the contract.
        Assert.Equal(example.GetProperty("payload").GetProperty("message").GetProperty("eventId").GetString(), example.GetProperty("payload").GetProperty("messageId").GetString());
        Assert.Contains($"urn:message:LabourWelfare.Contracts:{EventType(typeName).Name}", example.GetProperty("payload").GetProperty("messageType").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void Region_and_currency_enums_are_the_configured_regions()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestEnvironment.RepositoryRoot, "src", "ServiceDefaults", "regions.json")));
        var regions = file.RootElement.GetProperty("Regions").EnumerateObject().ToList();
        var codes = regions.Select(r => r.Name).Order().ToArray();
        var currencies = regions.Select(r => r.Value.GetProperty("Currency").GetString()!).Distinct().Order().ToArray();
        var checkedFields = 0;
        foreach (var schema in Catalogue.Value.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            if (!schema.Value.TryGetProperty("properties", out var properties)) continue;
            foreach (var property in properties.EnumerateObject())
            {
                if (!property.Value.TryGetProperty("x-enum-source", out var source)) continue;
                var values = property.Value.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).Order().ToArray();
                Assert.Equal(source.GetString()!.Contains("currency") ? currencies : codes, values);
                checkedFields++;
            }
        }
        Assert.True(checkedFields >= EventProbe.ContractTypes.Count, "every event's region is an enum of the configured regions");
    }

    /// <summary>The event inside the envelope: payload.allOf[1].properties.message.</summary>
    private static JsonElement EventSchema(JsonElement message) =>
        message.GetProperty("payload").GetProperty("allOf")[1].GetProperty("properties").GetProperty("message");

    [GeneratedRegex(@"^labourwelfare\.[a-z0-9-]+\.v(\d+)$")]
    private static partial Regex VersionedExchange();

    private static IEnumerable<(string Name, JsonElement Channel)> Channels() =>
        Catalogue.Value.GetProperty("channels").EnumerateObject().Select(c => (c.Name, c.Value));

    private static JsonElement Message(Type type)
    {
        var messages = Catalogue.Value.GetProperty("components").GetProperty("messages").EnumerateObject()
            .Where(m => m.Value.TryGetProperty("x-contract-type", out var contract) && contract.GetString() == type.FullName).ToList();
        Assert.True(messages.Count == 1, $"docs/asyncapi.yaml must describe {type.FullName} in exactly one message (x-contract-type); found {messages.Count}.");
        return messages[0].Value;
    }

    private static JsonElement Resolve(JsonElement schema)
    {
        if (!schema.TryGetProperty("$ref", out var reference)) return schema;
        var node = Catalogue.Value;
        foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/')) node = node.GetProperty(part);
        return node;
    }

    private static void AssertSchemaMatches(Type type, JsonElement schema, string where)
    {
        var properties = ContractProperties(type);
        var documented = schema.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        Assert.True(properties.Keys.Order().SequenceEqual(documented.Keys.Order()),
            $"{where}: contract properties [{string.Join(", ", properties.Keys.Order())}] but catalogue [{string.Join(", ", documented.Keys.Order())}].");
        var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToHashSet() : [];
        foreach (var (name, property) in properties)
        {
            var (expected, nullable, nested) = Describe(property);
            var node = documented[name];
            Assert.True(nullable != required.Contains(name), $"{where}.{name}: required in the catalogue must mean non-nullable in the contract.");
            if (node.TryGetProperty("oneOf", out var oneOf))
            {
                Assert.True(nullable, $"{where}.{name}: oneOf with null, but the contract property is not nullable.");
                node = oneOf.EnumerateArray().First(o => !(o.TryGetProperty("type", out var t) && t.GetString() == "null"));
            }
            if (nested is not null && expected == "object")
            {
                AssertSchemaMatches(nested, Resolve(node), $"{where}.{name}");
                continue;
            }
            var types = node.GetProperty("type");
            var names = types.ValueKind == JsonValueKind.Array ? types.EnumerateArray().Select(t => t.GetString()!).ToList() : [types.GetString()!];
            Assert.True(names.Contains(expected), $"{where}.{name}: expected type {expected}, catalogue says {string.Join("|", names)}.");
            Assert.True(nullable == names.Contains("null"), $"{where}.{name}: nullability differs from the contract.");
            if (Format(property.PropertyType) is { } format) Assert.Equal(format, node.GetProperty("format").GetString());
            if (nested is not null) AssertSchemaMatches(nested, Resolve(node.GetProperty("items")), $"{where}.{name}[]");
        }
    }

    private static void AssertExampleMatches(Type type, JsonElement example, string where)
    {
        var properties = ContractProperties(type);
        Assert.True(properties.Keys.Order().SequenceEqual(example.EnumerateObject().Select(p => p.Name).Order()),
            $"{where}: the example must show every property of the contract.");
        foreach (var (name, property) in properties)
        {
            var value = example.GetProperty(name);
            var (expected, nullable, nested) = Describe(property);
            if (value.ValueKind == JsonValueKind.Null) { Assert.True(nullable, $"{where}.{name} is null in the example but required."); continue; }
            var kind = expected switch
            {
                "string" => JsonValueKind.String,
                "number" or "integer" => JsonValueKind.Number,
                "array" => JsonValueKind.Array,
                "object" => JsonValueKind.Object,
                _ => value.ValueKind,
            };
            if (expected == "boolean") Assert.True(value.ValueKind is JsonValueKind.True or JsonValueKind.False, $"{where}.{name}");
            else Assert.True(value.ValueKind == kind, $"{where}.{name}: example value should be {kind}.");
            if (nested is not null && expected == "object") AssertExampleMatches(nested, value, $"{where}.{name}");
            if (nested is not null && expected == "array") foreach (var item in value.EnumerateArray()) AssertExampleMatches(nested, item, $"{where}.{name}[]");
        }
    }

    private static Dictionary<string, PropertyInfo> ContractProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));

    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>JSON type, nullability and (for objects and arrays of objects) the nested contract type.</summary>
    private static (string Type, bool Nullable, Type? Nested) Describe(PropertyInfo property)
    {
        var type = property.PropertyType;
        var underlying = Nullable.GetUnderlyingType(type);
        var nullable = underlying is not null || (!type.IsValueType && Nullability.Create(property).ReadState == NullabilityState.Nullable);
        type = underlying ?? type;
        if (type == typeof(string) || type == typeof(Guid) || type == typeof(DateTimeOffset) || type == typeof(DateOnly)) return ("string", nullable, null);
        // MassTransit's serializer writes decimals as JSON strings ("66.7"): the catalogue says what partners receive.
        if (type == typeof(decimal)) return ("string", nullable, null);
        if (type == typeof(double)) return ("number", nullable, null);
        if (type == typeof(int) || type == typeof(long)) return ("integer", nullable, null);
        if (type == typeof(bool)) return ("boolean", nullable, null);
        var element = type.IsGenericType ? type.GetGenericArguments()[0] : null;
        if (element is not null && typeof(System.Collections.IEnumerable).IsAssignableFrom(type)) return ("array", nullable, element);
        return ("object", nullable, type);
    }

    private static string? Format(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(Guid) => "uuid",
        var t when t == typeof(DateTimeOffset) => "date-time",
        var t when t == typeof(DateOnly) => "date",
        var t when t == typeof(decimal) => "decimal",
        _ => null,
    };

    /// <summary>"injured[].nationalId" → the property, walking lists and nested records.</summary>
    private static PropertyInfo? PropertyAt(Type type, string path)
    {
        PropertyInfo? property = null;
        foreach (var part in path.Split('.'))
        {
            var name = part.EndsWith("[]", StringComparison.Ordinal) ? part[..^2] : part;
            if (!ContractProperties(type).TryGetValue(name, out property)) return null;
            var (_, _, nested) = Describe(property);
            if (nested is not null) type = nested;
        }
        return property;
    }

    private static IEnumerable<string> Paths(Type type, string prefix)
    {
        foreach (var (name, property) in ContractProperties(type))
        {
            var (kind, _, nested) = Describe(property);
            var path = prefix + name + (kind == "array" ? "[]" : "");
            yield return path;
            if (nested is not null) foreach (var inner in Paths(nested, path + ".")) yield return inner;
        }
    }
}
