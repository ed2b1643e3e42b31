namespace LabourWelfare.DemoData;

/// <summary>
/// A region of the demo with its share of the province-sized data set. The figures are a guide from the brief
/// (about 1,250 cooperatives, 2,000 workplaces, ...), split so that Fars is the largest.
/// </summary>
public sealed record DemoRegion(
    string Code, int Number, string Country, string Currency, string Prefix, string Language, double Share, string[] Counties)
{
    public bool Iranian => Country == "IR";

    /// <summary>Money amounts are drawn in IRR; Almaty's KZT is about 1/1000 of that here (rounded).</summary>
    public decimal Amount(decimal irr) => Iranian ? irr : Math.Round(irr / 1000m / 100m) * 100m;

    public static readonly DemoRegion[] All =
    [
        new("fars", 1, "IR", "IRR", "FA", "fa", 0.40,
            ["Shiraz", "Marvdasht", "Kazerun", "Jahrom", "Fasa", "Darab", "Lar", "Firuzabad", "Abadeh", "Eqlid", "Neyriz", "Sepidan"]),
        new("ardabil", 2, "IR", "IRR", "AR", "fa", 0.18,
            ["Ardabil", "Meshgin Shahr", "Parsabad", "Khalkhal", "Germi", "Namin", "Bileh Savar", "Nir"]),
        new("qom", 3, "IR", "IRR", "QM", "fa", 0.15, ["Qom", "Jafariyeh", "Kahak", "Salafchegan", "Dastjerd"]),
        new("ilam", 4, "IR", "IRR", "IL", "fa", 0.10, ["Ilam", "Dehloran", "Eyvan", "Mehran", "Abdanan", "Darreh Shahr", "Chardavol"]),
        new("almaty", 5, "KZ", "KZT", "AL", "ru", 0.17,
            ["Almaty", "Alatau", "Almaly", "Auezov", "Bostandyk", "Zhetysu", "Medeu", "Nauryzbay", "Turksib"]),
    ];

    /// <summary>This region's share of a province-wide count (at least one).</summary>
    public int Count(int total, double scale) => Math.Max(1, (int)Math.Round(total * Share * scale));
}
