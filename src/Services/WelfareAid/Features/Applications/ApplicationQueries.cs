using LabourWelfare.Persistence.Auditing;
using LabourWelfare.ServiceDefaults;
using LabourWelfare.SharedKernel;
using LabourWelfare.WelfareAid.Data;
using LabourWelfare.WelfareAid.Domain;
using Microsoft.EntityFrameworkCore;

namespace LabourWelfare.WelfareAid.Features.Applications;

/// <summary>An application with what a reader needs of its beneficiary and programme.</summary>
public sealed class ApplicationRow
{
    public required AidApplication Application { get; init; }
    public required string NationalId { get; init; }
    public required string BeneficiaryName { get; init; }
    public required string ProgrammeName { get; init; }
    public required ProgrammeKind ProgrammeKind { get; init; }
}

/// <summary>How the application use cases find, load and audit applications, and who may see which.</summary>
internal static class ApplicationQueries
{
    public static IQueryable<ApplicationRow> ApplicationRows(this WelfareAidDbContext db) =>
        from a in db.Applications.AsNoTracking()
        join b in db.Beneficiaries on a.BeneficiaryId equals b.Id
        join p in db.Programmes on a.ProgrammeId equals p.Id
        select new ApplicationRow
        {
            Application = a, NationalId = b.NationalId, BeneficiaryName = b.FullName, ProgrammeName = p.Name, ProgrammeKind = p.Kind,
        };

    /// <summary>Officers of the region see its applications; a citizen sees their own; everything else is "not found".</summary>
    public static bool CanSee(this CallerContext caller, ApplicationRow row) =>
        caller.SeesRegion(row.Application.Region) || caller.Owns(row.NationalId);

    public static async Task<ApplicationRow> RowAsync(this WelfareAidDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.ApplicationRows().FirstAsync(r => r.Application.Id == id, cancellationToken);

    /// <summary>The application as the caller may read it; 404 for anyone who may not see it.</summary>
    public static async Task<ApplicationRow> VisibleRowAsync(
        this WelfareAidDbContext db, Guid id, CallerContext caller, CancellationToken cancellationToken)
    {
        var row = await db.ApplicationRows().FirstOrDefaultAsync(r => r.Application.Id == id, cancellationToken);
        return row is not null && caller.CanSee(row) ? row : throw new NotFoundException("The application");
    }

    /// <summary>
    /// The application for a change by its applicant or an aid officer of its region (appeal, cancellation); 404 for
    /// anyone else, supervisors included: they read, they do not act.
    /// </summary>
    public static async Task<ApplicationRow> RowForApplicantAsync(
        this WelfareAidDbContext db, Guid id, CallerContext caller, CancellationToken cancellationToken)
    {
        var row = await db.ApplicationRows().FirstOrDefaultAsync(r => r.Application.Id == id, cancellationToken);
        return row is not null && (caller.ActsIn(row.Application.Region) || caller.Owns(row.NationalId))
            ? row
            : throw new NotFoundException("The application");
    }

    /// <summary>
    /// Loads the application for a change by an aid officer of its region, after locking its programme (so budget moves
    /// queue), and checks If-Match. Other regions' applications answer 404.
    /// </summary>
    public static async Task<(AidApplication Application, Programme Programme)> LockForOfficerAsync(
        this WelfareAidDbContext db, Guid id, CallerContext caller, HttpContext http, CancellationToken cancellationToken)
    {
        var found = await db.Applications.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Region, a.ProgrammeId }).FirstOrDefaultAsync(cancellationToken);
        if (found is null || !caller.ActsIn(found.Region)) throw new NotFoundException("The application");
        var programme = await db.LockProgrammeAsync(found.ProgrammeId, cancellationToken);
        var application = await db.Applications.SingleAsync(a => a.Id == id, cancellationToken); // read after the lock: fresh
        ETags.RequireMatch(http, application.Version);
        return (application, programme);
    }

    /// <summary>Read audit of applications shown: the application and the beneficiary whose name and national id it shows.</summary>
    public static async Task AuditApplicationReadsAsync(this WelfareAidDbContext db, IReadOnlyCollection<ApplicationRow> rows, CancellationToken cancellationToken)
    {
        await db.AuditReadAsync<AidApplication>(rows.Select(r => r.Application.Id), cancellationToken);
        await db.AuditReadAsync<Beneficiary>(rows.Select(r => r.Application.BeneficiaryId), cancellationToken);
    }
}
