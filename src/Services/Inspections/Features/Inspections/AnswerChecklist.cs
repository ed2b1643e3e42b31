using LabourWelfare.Inspections.Data;
using LabourWelfare.Inspections.Domain;
using LabourWelfare.Inspections.Features.Shared;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabourWelfare.Inspections.Features.Inspections;

/// <summary>
/// Answers checklist items (compliant / non-compliant / not-applicable) of the version the inspection started with;
/// an item of another version answers 400 naming the field. Re-answering replaces the answer until completion.
/// </summary>
public static class AnswerChecklist
{
    public sealed record AnswerInput(string? ItemCode, Answer? Answer, string? Note);

    public sealed record Request(List<AnswerInput?>? Answers);

    public static void MapAnswerChecklist(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/answers", Handle)
            .RequireAuthorization(Access.Write)
            .WithName(nameof(AnswerChecklist))
            .WithSummary("Answer checklist items")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

    internal static async Task<Ok<InspectionResponse>> Handle(
        Guid id, Request request, CallerContext caller, InspectionsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var inspection = await db.InspectionAsync(id, caller, cancellationToken);
        var template = await db.TemplateOfAsync(inspection, cancellationToken);

        var errors = new FieldErrors().Required("answers", request.Answers).When(request.Answers is { Count: 0 }, "answers", "must hold at least one answer.");
        var answers = request.Answers ?? [];
        for (var i = 0; i < answers.Count; i++)
        {
            var at = $"answers[{i}]";
            var answer = answers[i];
            if (answer is null) { errors.Add(at, "is required."); continue; }
            errors.Required($"{at}.itemCode", answer.ItemCode).Required($"{at}.answer", answer.Answer).MaxLength($"{at}.note", answer.Note, 2000);
            if (answer.ItemCode is not null && template.Item(ChecklistTemplate.NormalizeCode(answer.ItemCode)) is null)
                errors.Add($"{at}.itemCode", $"item {answer.ItemCode} is not in version {template.Version} of checklist {template.Code}, which this inspection answers.");
        }
        errors.ThrowIfAny();

        inspection.AnswerItems(template,
            answers.Select(a => (ChecklistTemplate.NormalizeCode(a!.ItemCode!), a.Answer!.Value, a.Note?.Trim())), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http, inspection.Version);
        return TypedResults.Ok(InspectionResponse.From(inspection));
    }
}
