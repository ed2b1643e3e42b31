using System.Linq.Expressions;
using LabourWelfare.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.WelfareAid.Data;

/// <summary>
/// Maps a <see cref="Money"/> onto an amount column and the record's currency column. A record's amounts share its one
/// "Currency" column: the books of a programme or an application are kept in one currency.
/// </summary>
internal static class MoneyColumns
{
    public static EntityTypeBuilder<T> MoneyIn<T>(this EntityTypeBuilder<T> entity, Expression<Func<T, Money>> money, string amountColumn)
        where T : class
    {
        entity.ComplexProperty(money, m =>
        {
            m.Property(v => v.Amount).HasColumnName(amountColumn).HasPrecision(18, 2);
            m.Property(v => v.Currency).HasColumnName("Currency").HasMaxLength(3);
        });
        return entity;
    }
}
