namespace LabourWelfare.Web.Localization;

public static partial class UiText
{
    private static void Common()
    {
    }

    private static void Inspections()
    {
    }

    private static void Mediation()
    {
    }

    private static void Aid()
    {
    }

    private static void Cooperatives()
    {
    }

    private static void Statistics()
    {
    }

    private static void Enums()
    {
    }
}
