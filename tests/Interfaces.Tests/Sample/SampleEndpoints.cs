using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.Interfaces.Tests.Sample;

/// <summary>Endpoints written the way the services write theirs (TypedResults unions, ProducesProblem, policies).</summary>
public static class SampleEndpoints
{
    public const string Prefix = "/api/cooperatives/widgets";
    public const string Read = "widgets.read";
    public const string Write = "widgets.write";

    public static readonly IReadOnlyDictionary<string, string[]> Access = new Dictionary<string, string[]>
    {
        [Read] = [Roles.Registrar, Roles.Admin],
        [Write] = [Roles.Registrar, Roles.Admin],
    };

    public sealed record CreateWidget(string? Name, string? Region, decimal? Price, int? Quantity);

    public sealed record UpdateWidget(decimal? Price);

    public sealed record WidgetResponse(Guid Id, string Region, string Name, decimal Price, int Quantity);

    public static void MapSampleEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).WithTags("Widgets");
        group.MapPost("/", Create).RequireAuthorization(Write).WithName("CreateWidget").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Read).WithName("GetWidget").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", List).RequireAuthorization(Read).WithName("ListWidgets").ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPut("/{id:guid}", Update).RequireAuthorization(Write).WithName("UpdateWidget")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    private static async Task<Results<Created<WidgetResponse>, ValidationProblem, ProblemHttpResult>> Create(
        CreateWidget request, CallerContext caller, SampleDbContext db, RegionCatalog regions, SlowGate gate, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors()
            .Required("name", request.Name).MaxLength("name", request.Name, 100)
            .Required("region", request.Region)
            .When(request.Region is not null && !regions.Exists(request.Region), "region", "is not a known region.")
            .Required("price", request.Price)
            .Range("quantity", request.Quantity, 1, 100);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (request.Name == "rule") throw new DomainRuleException("widget-rule", "Widgets named 'rule' break a rule.");
        if (request.Name == "outage")
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The service is temporarily unavailable.");
        if (request.Name == "slow") await gate.WaitAsync(cancellationToken);

        var widget = new Widget
        {
            Id = Guid.CreateVersion7(), Region = caller.RequireRegionFor(request.Region), Name = request.Name!,
            Price = request.Price!.Value, Quantity = request.Quantity ?? 1, CreatedBy = caller.Subject,
        };
        db.Widgets.Add(widget);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{Prefix}/{widget.Id}", ToResponse(widget));
    }

    private static async Task<Results<Ok<WidgetResponse>, NotFound>> Get(
        Guid id, CallerContext caller, SampleDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var widget = await db.Widgets.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (widget is null || !caller.CanAccessRegion(widget.Region)) return TypedResults.NotFound();
        ETags.Set(http, widget.Version);
        return TypedResults.Ok(ToResponse(widget));
    }

    private static async Task<Ok<PagedList<WidgetResponse>>> List(
        CallerContext caller, SampleDbContext db, string? name, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var paging = PageRequest.From(page, pageSize);
        var query = db.Widgets.AsNoTracking().Where(w => caller.IsAdmin || w.Region == caller.Region);
        if (name is not null) query = query.Where(w => w.Name == name);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(w => w.Name).ThenBy(w => w.Id).Skip(paging.Skip).Take(paging.PageSize)
            .Select(w => new WidgetResponse(w.Id, w.Region, w.Name, w.Price, w.Quantity)).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<WidgetResponse>(items, paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<WidgetResponse>, NotFound, ValidationProblem>> Update(
        Guid id, UpdateWidget request, CallerContext caller, SampleDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors().Required("price", request.Price);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        var widget = await db.Widgets.FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (widget is null || !caller.CanAccessRegion(widget.Region)) return TypedResults.NotFound();
        ETags.RequireMatch(http, widget.Version);
        widget.Price = request.Price!.Value;
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, widget.Version);
        return TypedResults.Ok(ToResponse(widget));
    }

    private static WidgetResponse ToResponse(Widget w) => new(w.Id, w.Region, w.Name, w.Price, w.Quantity);
}

/// <summary>Holds "slow" requests until the test releases them: a duplicate can then arrive while the first runs.</summary>
public sealed class SlowGate
{
    private TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Entered => _entered.Task;

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        _entered.TrySetResult();
        await _gate.Task.WaitAsync(cancellationToken);
    }

    public void Release() => _gate.TrySetResult();

    public void Reset()
    {
        _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
