using Microsoft.AspNetCore.StaticFiles;

namespace Anniversary.Web.Hosting;

public static class StaticAssets
{
    /// <summary>
    /// Addresses written with <c>asp-append-version</c> carry a hash of the file (<c>?v=…</c>), so
    /// they never change meaning and may be kept for a year; bare addresses are kept for an hour.
    /// </summary>
    public static void SetCacheLifetime(StaticFileResponseContext context) =>
        context.Context.Response.Headers.CacheControl = context.Context.Request.Query.ContainsKey("v")
            ? "public, max-age=31536000, immutable"
            : "public, max-age=3600";
}
