using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Domain;

namespace LabourWelfare.WelfareAid.Features.Beneficiaries;

/// <summary>The checks on a beneficiary's fields that registering and updating share.</summary>
internal static class BeneficiaryValidation
{
    /// <summary>Checks and normalises a national id for the region's country (IR national code, KZ IIN), any digits typed.</summary>
    public static FieldErrors NationalId(this FieldErrors errors, string field, string? value, Region? region, out string normalized)
    {
        normalized = string.Empty;
        errors.Required(field, value);
        if (value is null || region is null) return errors;
        if (!SharedKernel.NationalId.TryNormalize(value, region.Country, out normalized))
            errors.Add(field, region.Country == "KZ"
                ? "is not a valid IIN (12 digits with a correct check digit)."
                : "is not a valid national code (10 digits with a correct check digit).");
        return errors;
    }

    public static FieldErrors Person(this FieldErrors errors, string? fullName, int? householdSize, int? incomeDecile) => errors
        .Required("fullName", fullName).MaxLength("fullName", fullName, 300)
        .Range("householdSize", householdSize, 1, 50)
        .Range("incomeDecile", incomeDecile, Beneficiary.MinDecile, Beneficiary.MaxDecile);
}
