using System.Linq.Expressions;
using LabourWelfare.SharedKernel;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Inspections.Data;

/// <summary>Maps the event that opened a record (workplaces, labour disputes) onto columns of the record's own table.</summary>
internal static class ProvenanceColumn
{
    public static EntityTypeBuilder<T> OwnsProvenance<T>(this EntityTypeBuilder<T> entity, Expression<Func<T, Provenance?>> navigation)
        where T : class =>
        entity.OwnsOne(navigation, provenance =>
        {
            provenance.Property(p => p.EventType).HasMaxLength(200);
            provenance.Property(p => p.SourceService).HasMaxLength(64);
            provenance.Property(p => p.TraceId).HasMaxLength(32);
        });
}
