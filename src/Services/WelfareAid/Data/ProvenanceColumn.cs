using System.Linq.Expressions;
using LabourWelfare.SharedKernel;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.WelfareAid.Data;

/// <summary>Maps the event that opened a record (beneficiaries, applications, referrals) onto columns of the record's own table.</summary>
internal static class ProvenanceColumn
{
    public static OwnedNavigationBuilder<T, Provenance> OwnsProvenance<T>(this EntityTypeBuilder<T> entity, Expression<Func<T, Provenance?>> navigation)
        where T : class
    {
        var owned = entity.OwnsOne(navigation);
        owned.Property(p => p.EventType).HasMaxLength(200);
        owned.Property(p => p.SourceService).HasMaxLength(64);
        owned.Property(p => p.TraceId).HasMaxLength(32);
        return owned;
    }
}
