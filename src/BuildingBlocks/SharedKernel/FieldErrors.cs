namespace LabourWelfare.SharedKernel;

/// <summary>
/// Collects field-level validation errors for an RFC 9457 validation problem. Field names are the JSON
/// property paths the client sent (camelCase), so a form can show each message next to its field.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public FieldErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
        return this;
    }

    public FieldErrors Required(string field, object? value)
    {
        if (value is null || (value is string s && string.IsNullOrWhiteSpace(s))) Add(field, "is required.");
        return this;
    }

    public FieldErrors MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Length > max) Add(field, $"must be at most {max} characters.");
        return this;
    }

    public FieldErrors Range(string field, decimal? value, decimal min, decimal max)
    {
        if (value is not null && (value < min || value > max)) Add(field, $"must be between {min} and {max}.");
        return this;
    }

    public FieldErrors When(bool condition, string field, string message)
    {
        if (condition) Add(field, message);
        return this;
    }

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    /// <summary>Throws a <see cref="ValidationException"/> when any error was collected.</summary>
    public void ThrowIfAny()
    {
        if (Any) throw new ValidationException(ToDictionary());
    }
}

/// <summary>Bad input, answered as 400 with field errors.</summary>
public sealed class ValidationException(IDictionary<string, string[]> errors)
    : Exception("One or more fields are invalid.")
{
    public IDictionary<string, string[]> Errors { get; } = errors;

    public static ValidationException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
