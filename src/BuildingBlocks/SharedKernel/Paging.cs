namespace LabourWelfare.SharedKernel;

/// <summary>
/// The list convention of every service: ?page=1&amp;pageSize=20, at most <see cref="MaxPageSize"/> rows a page,
/// in a stable order (the sort key, then the id).
/// </summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>Validates page numbers: bad ones are a 400 with field errors, never silently fixed.</summary>
    public static PageRequest From(int? page, int? pageSize)
    {
        var errors = new FieldErrors()
            .When(page is < 1, "page", "must be 1 or more.")
            .When(pageSize is < 1 or > MaxPageSize, "pageSize", $"must be between 1 and {MaxPageSize}.");
        errors.ThrowIfAny();
        return new PageRequest(page ?? 1, pageSize ?? DefaultPageSize);
    }
}

public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public bool HasNextPage => Page * PageSize < TotalCount;
}
