using Anniversary.Archive;
using System.Text.Json;
using System.Text.Json.Serialization;
using Anniversary.Web.Api;
using Anniversary.Web.Commands;
using Anniversary.Web.Hosting;
using Anniversary.Web.Operations;
using Anniversary.Web.Publishing;
using Anniversary.Web.Security;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Serilog;
using Serilog.Events;

// Structured console logs for the command line and for anything that fails before the host runs.
Log.Logger = new LoggerConfiguration()
    .MinimumLevel.Information()
    .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
    .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
    .WriteTo.Console()
    .CreateLogger();

try
{
    // The same executable runs the archive's commands: import <folder> [--db <path>].
    if (ArchiveCommandLine.Handles(args))
    {
        return await ArchiveCommandLine.RunAsync(args);
    }

    // The site in a method of its own: the JIT loads the assemblies a method names when it compiles
    // it, so a command maps none of ASP.NET Core's.
    return await RunSiteAsync(args);
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    Log.Fatal(exception, "The archive stopped unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

static async Task<int> RunSiteAsync(string[] args)
{
    var builder = WebApplication.CreateBuilder(args);

    // Static files come from the build's manifest (fingerprinted, precompressed) whether the site runs
    // from a build output or a publish folder. Only Development reloads them from disk as they are
    // edited, which would drop their year-long cache headers.
    builder.WebHost.UseStaticWebAssets();
    if (!builder.Environment.IsDevelopment())
    {
        builder.Configuration["ReloadStaticAssetsAtRuntime"] ??= "false";
    }

    // Serilog: one logger per host, so several test hosts can share a process.
    builder.Services.AddSerilog((services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
        .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
        .Enrich.FromLogContext()
        .WriteTo.Console());

    // The archive: SQLite by default (or PostgreSQL, Archive:Engine), created and filled from seeds/ on first run.
    var settings = ArchiveSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
    builder.Services.AddArchive(settings.Connection);
    builder.Services.Configure<SiteOptions>(builder.Configuration.GetSection(SiteOptions.Section));
    builder.Services.AddSearchRateLimit(builder.Configuration);
    builder.Services.AddSharedRedis(builder.Configuration);
    builder.Services.AddPageCaching(builder.Configuration);
    builder.Services.AddNodeHealth(builder.Configuration);
    builder.Services.AddNodeTelemetry(builder.Configuration);
    builder.Services.AddRazorPages(options => options.Conventions.AddPageApplicationModelConvention(
        "/Search/Index", page => page.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(SearchRateLimit.Policy))));
    builder.Services.AddProblemDetails();
    builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
    builder.Services.ConfigureHttpJsonOptions(options =>
        options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));

    // Write Vietnamese as it is, not as numeric character references; encoding stays on.
    builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

    var app = builder.Build();
    app.MapNodeTelemetry();
    await app.PrepareArchiveAsync(settings);

    // Pipeline: security headers on every response, friendly error and 404 pages, one log line per
    // request.
    app.UseSecurityHeaders();
    if (!app.Environment.IsDevelopment())
    {
        // HSTS before anything answers, so refusals (405) carry it too.
        app.UseHsts();
        app.UseExceptionHandler("/Error");
    }

    app.UseReadOnlyMethods();

    app.UseStatusCodePagesWithReExecute("/status/{0}");
    app.UseSerilogRequestLogging(options =>
    {
        options.GetMessageTemplateProperties = RequestLog.Properties;
        options.GetLevel = RequestLog.Level;
    });
    // Answers the output cache has served whole, kept finished, before routing (when the cache is in memory).
    app.UseFinishedAnswers();
    // Everything else is sent whole, once finished: a node killed mid-answer has sent nothing for the balancer to cut.
    app.UseWholeAnswers();
    app.UseRouting();
    // No endpoint asks for a user; placed here explicitly, after routing, because otherwise the host adds
    // both in front of everything, where every answer, even one kept finished, paid for a scope of services.
    app.UseAuthentication();
    app.UseAuthorization();

    // The rate limiter runs first, so a cached answer is still counted against the client.
    app.UseRateLimiter();
    if (app.CachingEnabled())
    {
        app.UseOutputCache();
    }

    // Compression inside the output cache: it keeps each page compressed once per encoding, instead of
    // compressing it again for every answer served from the cache.
    app.UseResponseCompression();

    // Static files from the build's manifest: links name them by a hash of their content, so those
    // addresses are kept a year. They choose their own precompressed copy by Accept-Encoding, which
    // the output cache would not vary by, so they are not kept in it.
    app.MapStaticAssets();
    app.MapRazorPages().WithStaticAssets();
    app.MapReadingApi();
    app.MapSearchApi();
    app.MapPublishing();
    app.MapNodeHealth();

    await app.RunAsync();
    return 0;
}

public partial class Program;
