namespace LabourWelfare.Web.Localization;

public static partial class UiText
{
    private static void Aid()
    {
    }
}
