using System.Text.Json;
using LabourWelfare.Contracts;
using LabourWelfare.Messaging;
using LabourWelfare.TestSupport;
using MassTransit;
using MassTransit.Serialization;

namespace LabourWelfare.Interfaces.Tests;

/// <summary>
/// The envelope of an event (id, time, region, correlation) lives in the IntegrationEvent base record as init-only
/// properties, while the body is positional. Partners and our own consumers must still read the same JSON as before:
/// the envelope first, every property present, and the message types "&lt;event&gt;, IIntegrationEvent".
/// </summary>
public sealed class EventEnvelopeTests
{
    private static readonly AccidentReported Sample = new(
        Guid.NewGuid(), Guid.NewGuid(), "construction", new DateTimeOffset(2026, 3, 14, 9, 30, 0, TimeSpan.Zero), "serious",
        [new InjuredPerson("5729266448", "Maryam Ahmadi", "serious")])
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = new DateTimeOffset(2026, 3, 14, 10, 0, 0, TimeSpan.Zero),
        Region = "fars",
        CorrelationId = "4bf92f3577b34da6a3ce929d0e0e4736",
    };

    public static TheoryData<string> Serializers() => ["web", "masstransit"];

    private static JsonSerializerOptions Options(string name) =>
        name == "web" ? JsonSerializerOptions.Web : SystemTextJsonMessageSerializer.Options;

    [Theory]
    [MemberData(nameof(Serializers))]
    public void An_event_round_trips_with_its_envelope_and_body(string serializer)
    {
        var json = JsonSerializer.Serialize(Sample, Options(serializer));
        var read = JsonSerializer.Deserialize<AccidentReported>(json, Options(serializer))!;

        Assert.Equal(Sample.EventId, read.EventId);
        Assert.Equal(Sample.OccurredAt, read.OccurredAt);
        Assert.Equal(Sample.Region, read.Region);
        Assert.Equal(Sample.CorrelationId, read.CorrelationId);
        Assert.Equal(Sample.AccidentCaseId, read.AccidentCaseId);
        Assert.Equal(Sample.AccidentTime, read.AccidentTime);
        Assert.Equal(Sample.Injured.Single(), read.Injured.Single());
    }

    [Fact]
    public void The_envelope_comes_first_in_the_json_as_the_catalogue_shows()
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(Sample, JsonSerializerOptions.Web));
        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(["eventId", "occurredAt", "region", "correlationId", "accidentCaseId", "workplaceId", "sector",
            "accidentTime", "severity", "injured"], names);
    }

    public static TheoryData<string> EventTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in EventProbe.ContractTypes) data.Add(type.FullName!);
        return data;
    }

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void The_relay_publishes_the_event_and_IIntegrationEvent_as_message_types(string typeName)
    {
        var type = EventProbe.ContractTypes.Single(t => t.FullName == typeName);

        Assert.True(typeof(IntegrationEvent).IsAssignableFrom(type), $"{type.Name} should derive from IntegrationEvent");
        Assert.Equal([MessageUrn.ForTypeString(type), MessageUrn.ForTypeString(typeof(IIntegrationEvent))],
            OutboxTypeNames.MessageTypesOnTheWire(type));
    }
}
