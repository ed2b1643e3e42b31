using LabourWelfare.Mediation.Domain;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Mediation.Features.Cases;

/// <summary>A party as sent by a client: a person needs a name and a valid national id; an organisation a name.</summary>
public sealed record PartyRequest(PartyKind? Kind, string? Name, string? NationalId, string? RegistrationNumber)
{
    /// <summary>Validates under the field prefix ("applicant", "respondent") and returns the party when valid.</summary>
    public static Party? Validate(PartyRequest? request, string field, Region? region, FieldErrors errors)
    {
        if (request is null)
        {
            errors.Add(field, "is required.");
            return null;
        }
        errors.Required($"{field}.kind", request.Kind)
            .Required($"{field}.name", request.Name).MaxLength($"{field}.name", request.Name, 300)
            .MaxLength($"{field}.registrationNumber", request.RegistrationNumber, 64);
        string? nationalId = null;
        if (request.Kind == PartyKind.Person)
        {
            if (string.IsNullOrWhiteSpace(request.NationalId)) errors.Add($"{field}.nationalId", "is required for a person.");
            else if (region is not null && !LabourWelfare.SharedKernel.NationalId.TryNormalize(request.NationalId, region.Country, out nationalId))
                errors.Add($"{field}.nationalId", $"is not a valid national id of {region.Country}.");
        }
        else if (request.Kind == PartyKind.Organisation && request.NationalId is not null)
        {
            errors.Add($"{field}.nationalId", "is only for a person; give an organisation's registrationNumber.");
        }
        if (errors.Any || request.Kind is null || nationalId is null && request.Kind == PartyKind.Person) return null;
        var registration = string.IsNullOrWhiteSpace(request.RegistrationNumber)
            ? null
            : DigitNormalizer.NormalizeDigits(request.RegistrationNumber.Trim()).ToUpperInvariant();
        return new Party(request.Kind.Value, request.Name!.Trim(), nationalId, registration);
    }
}
