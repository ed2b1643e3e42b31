using System.Globalization;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.SharedKernel;

namespace LabourWelfare.Inspections.Features.Checklists;

/// <param name="Texts">The item's wording per culture: { "fa-IR": "…", "ru-KZ": "…", "kk-KZ": "…", "en": "…" }.</param>
public sealed record ItemInput(string? Code, ChecklistTopic? Topic, Severity? Severity, Dictionary<string, string>? Texts);

/// <summary>Validation and mapping of checklist items, shared by the first version and the next ones.</summary>
internal static class ChecklistInput
{
    public static FieldErrors ValidateItems(this FieldErrors errors, IReadOnlyList<ItemInput?>? items)
    {
        errors.Required("items", items).When(items is { Count: 0 }, "items", "must hold at least one item.")
            .When(items is { Count: > 500 }, "items", "must hold at most 500 items.");
        if (items is null) return errors;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var at = $"items[{i}]";
            if (item is null)
            {
                errors.Add(at, "is required.");
                continue;
            }
            errors.Required($"{at}.code", item.Code).MaxLength($"{at}.code", item.Code, 64)
                .Required($"{at}.topic", item.Topic)
                .Required($"{at}.severity", item.Severity)
                .When(item.Texts is null || item.Texts.Count == 0, $"{at}.texts", "must hold the item's text in at least one language.");
            foreach (var (culture, text) in item.Texts ?? [])
            {
                errors.When(!IsCulture(culture), $"{at}.texts", $"'{culture}' is not a known culture name.")
                    .When(string.IsNullOrWhiteSpace(text) || text.Length > 1000, $"{at}.texts", $"the {culture} text must have 1 to 1000 characters.");
            }
        }
        var codes = items.Where(i => i?.Code is not null).Select(i => ChecklistTemplate.NormalizeCode(i!.Code!)).ToList();
        errors.When(codes.Count != codes.Distinct().Count(), "items", "item codes must be unique.");
        return errors;
    }

    public static List<ChecklistItem> ToItems(IReadOnlyList<ItemInput?> items) => items.Select(i => new ChecklistItem(
        ChecklistTemplate.NormalizeCode(i!.Code!), i.Topic!.Value, i.Severity!.Value,
        i.Texts!.ToDictionary(t => t.Key, t => t.Value.Trim()))).ToList();

    private static bool IsCulture(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 20) return false;
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true) is not null;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
