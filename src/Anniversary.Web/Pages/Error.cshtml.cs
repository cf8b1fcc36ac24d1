using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anniversary.Web.Pages;

/// <summary>
/// What the exception handler shows. A failed API request gets ProblemDetails instead, like the API's
/// other errors, unless its client asked for HTML; neither form tells anything of the exception.
/// </summary>
public sealed class ErrorModel(IProblemDetailsService problemDetails) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var failedPath = new PathString(HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path);
        var problem = new ProblemDetailsContext
        {
            HttpContext = HttpContext,
            ProblemDetails = { Title = "The archive could not answer this request." },
        };
        if (failedPath.StartsWithSegments("/api") && await problemDetails.TryWriteAsync(problem))
        {
            return new EmptyResult();
        }

        return Page();
    }
}
