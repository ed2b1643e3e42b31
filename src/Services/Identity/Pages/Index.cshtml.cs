using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LabourWelfare.Identity.Pages;

/// <summary>Where a sign-in without a client, or a sign-out, ends: says whether one is signed in.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public void OnGet() { }
}
