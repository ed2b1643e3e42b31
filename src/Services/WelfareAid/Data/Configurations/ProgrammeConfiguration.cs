using LabourWelfare.WelfareAid.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourWelfare.WelfareAid.Data.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> p)
    {
        p.ToTable("programmes", t => t.HasCheckConstraint("ck_programmes_books_balance",
            "\"DisbursedAmount\" >= 0 AND \"DisbursedAmount\" <= \"ReservedAmount\" AND \"ReservedAmount\" <= \"BudgetAmount\""));
        p.HasKey(x => x.Id);
        p.Property(x => x.Region).HasMaxLength(32);
        p.Property(x => x.Name).HasMaxLength(300);
        p.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        p.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        p.PrimitiveCollection(x => x.TargetGroups).ElementType(e => e.HasConversion<string>());
        p.MoneyIn(x => x.Benefit, "BenefitAmount")
            .MoneyIn(x => x.Budget, "BudgetAmount")
            .MoneyIn(x => x.Reserved, "ReservedAmount")
            .MoneyIn(x => x.Disbursed, "DisbursedAmount");
        p.Property(x => x.CreatedBy).HasMaxLength(200);
        p.Property(x => x.Version).IsRowVersion();
        p.Ignore(x => x.Remaining).Ignore(x => x.Rules);
        p.HasIndex(x => new { x.Region, x.Status });
    }
}
