namespace LabourWelfare.WelfareAid.Domain;

/// <summary>The kinds of aid the department runs.</summary>
public enum ProgrammeKind { ElectronicFoodCoupon, FoodBasket, SanatoriumVoucher, Equipment, CashGrant }

/// <summary>Who a programme is meant for; a beneficiary may belong to several groups.</summary>
public enum TargetGroup { AccidentVictim, DismissedWorker, RecoveringFromIllness, LowIncome }

/// <summary>How aid reached the beneficiary.</summary>
public enum DisbursementChannel { BankTransfer, ElectronicCoupon, InKind }

public static class ProgrammeKinds
{
    /// <summary>The one channel each kind of aid travels through.</summary>
    public static DisbursementChannel Channel(this ProgrammeKind kind) => kind switch
    {
        ProgrammeKind.CashGrant => DisbursementChannel.BankTransfer,
        ProgrammeKind.ElectronicFoodCoupon => DisbursementChannel.ElectronicCoupon,
        _ => DisbursementChannel.InKind,
    };
}
