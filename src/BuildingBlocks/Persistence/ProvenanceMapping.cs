using System.Linq.Expressions;
using LabourWelfare.SharedKernel;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.Persistence;

/// <summary>
/// Maps a record's <see cref="Provenance"/> (the event that opened it) onto columns of the record's own table, with the
/// same column lengths in every service.
/// </summary>
public static class ProvenanceMapping
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
