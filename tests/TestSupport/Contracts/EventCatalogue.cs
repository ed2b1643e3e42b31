using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using YamlDotNet.Serialization;

namespace LabourWelfare.TestSupport.Contracts;

/// <summary>
/// docs/asyncapi.yaml as a contract for what partners really receive: the MassTransit envelope (with the event in
/// <c>message</c>) and the AMQP headers of every event a test sees published are validated against the message's
/// payload and headers schemas, with JsonSchema.Net. A publisher that emits a value the catalogue does not list
/// (an unknown sector, a severity that is not one) fails the test that waited for the event.
/// </summary>
public static class EventCatalogue
{
    private static readonly Lazy<JsonObject> Catalogue = new(Load);
    private static readonly Dictionary<string, JsonSchema> Schemas = [];

    public static JsonObject Document => Catalogue.Value;

    public static JsonObject Load()
    {
        var yaml = File.ReadAllText(Path.Combine(TestEnvironment.RepositoryRoot, "docs", "asyncapi.yaml"));
        var graph = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build().Deserialize(new StringReader(yaml));
        return JsonNode.Parse(new SerializerBuilder().JsonCompatible().Build().Serialize(graph!))!.AsObject();
    }

    /// <summary>The components/messages key of the contract type (x-contract-type).</summary>
    public static string MessageKey(Type contract) =>
        Document["components"]!["messages"]!.AsObject()
            .Single(m => m.Value?["x-contract-type"]?.GetValue<string>() == contract.FullName).Key;

    /// <summary>Every place the instance breaks the schema at the pointer (e.g. /components/messages/X/payload).</summary>
    public static IReadOnlyList<string> Validate(string pointer, JsonElement instance)
    {
        JsonSchema schema;
        lock (Schemas)
        {
            if (!Schemas.TryGetValue(pointer, out schema!))
            {
                JsonNode? node = Document;
                foreach (var part in pointer.TrimStart('/').Split('/')) node = node?[part];
                var definitions = Rewrite(Document["components"]!["schemas"]!.ToJsonString());
                var root = new JsonObject
                {
                    ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                    ["$defs"] = JsonNode.Parse(definitions),
                    ["allOf"] = new JsonArray(JsonNode.Parse(Rewrite(node?.ToJsonString() ?? "{}"))),
                };
                using var json = JsonDocument.Parse(root.ToJsonString());
                schema = JsonSchema.Build(json.RootElement.Clone(), new BuildOptions { SchemaRegistry = new SchemaRegistry() },
                    new Uri("https://asyncapi.test/" + Uri.EscapeDataString(pointer)));
                Schemas[pointer] = schema;
            }
        }
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return [];
        return (results.Details ?? [])
            .Where(d => !d.IsValid && d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{(string.IsNullOrEmpty(d.InstanceLocation.ToString()) ? "/" : d.InstanceLocation.ToString())}: {e.Value}"))
            .Distinct().Take(12).DefaultIfEmpty("does not match the schema").ToList();
    }

    /// <summary>Throws when the event, as it arrived, breaks its message's payload or headers schema.</summary>
    public static void Verify(ReceivedEvent received)
    {
        if (received.Envelope is null) return;
        var type = received.Message.GetType();
        if (type.Assembly != typeof(LabourWelfare.Contracts.IIntegrationEvent).Assembly) return; // test-only events
        var key = MessageKey(type);
        var failures = new List<string>();
        using (var envelope = JsonDocument.Parse(received.Envelope))
        {
            failures.AddRange(Validate($"/components/messages/{key}/payload", envelope.RootElement).Select(e => "payload " + e));
            // As the catalogue says: the event's own URN, then IIntegrationEvent (not the IntegrationEvent base record).
            string[] messageTypes = [$"urn:message:LabourWelfare.Contracts:{type.Name}", "urn:message:LabourWelfare.Contracts:IIntegrationEvent"];
            if (envelope.RootElement.TryGetProperty("messageType", out var published)
                && !published.EnumerateArray().Select(t => t.GetString()).SequenceEqual(messageTypes))
                failures.Add($"payload messageType {published.GetRawText()} is not [{string.Join(", ", messageTypes)}]");
        }
        if (Document["components"]!["messages"]![key]!["headers"] is not null && received.Headers is not null)
        {
            // MassTransit adds its own view of the delivery (RabbitMQ-ExchangeName, RabbitMQ-DeliveryTag, MessageId, …) on
            // the receiving side; those are not on the wire.
            var onTheWire = received.Headers.Where(h => !h.Key.StartsWith("RabbitMQ-", StringComparison.Ordinal) && h.Key is not ("MessageId" or "CorrelationId"));
            var headers = JsonSerializer.SerializeToElement(onTheWire.ToDictionary(h => h.Key, h => h.Value?.ToString()));
            failures.AddRange(Validate($"/components/messages/{key}/headers", headers).Select(e => "headers " + e));
        }
        if (failures.Count > 0)
            throw new ContractViolationException($"Event catalogue: {type.Name} as published breaks docs/asyncapi.yaml ({key}):\n  "
                + string.Join("\n  ", failures) + $"\nEnvelope: {received.Envelope}\nHeaders: {JsonSerializer.Serialize(received.Headers)}");
    }

    private static string Rewrite(string json) => json.Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
}
