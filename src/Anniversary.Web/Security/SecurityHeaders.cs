namespace Anniversary.Web.Security;

/// <summary>
/// Headers every response carries — pages, API, errors, 404s and static files alike: a strict
/// Content-Security-Policy (no inline or evaluated script, no plugins, no framing, no base
/// rewriting), nosniff, a referrer policy and a permissions policy that turns off what the site never uses.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    /// <summary>The archive is read-only: anything but GET and HEAD (TRACE included) is 405.</summary>
    public static IApplicationBuilder UseReadOnlyMethods(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var method = context.Request.Method;
            if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = "GET, HEAD";
                return Task.CompletedTask;
            }

            return next(context);
        });

    /// <summary>Set as the answer starts, so that error pages whose handler cleared the headers carry them too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(AddHeaders, context.Response);
            return next(context);
        });

    // Static, with the response as its state: no closure or delegate is allocated per request.
    private static readonly Func<object, Task> AddHeaders = state =>
    {
        var headers = ((HttpResponse)state).Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers.XFrameOptions = "DENY";
        return Task.CompletedTask;
    };
}
