namespace Anniversary.Web.Hosting;

/// <summary>The site's own words (name, tagline, introduction), kept in configuration rather than in pages.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    public string Name { get; set; } = "Anniversary";

    public string Tagline { get; set; } = "A commemorative news archive";

    public string Heading { get; set; } = "News reports";

    public string Introduction { get; set; } = string.Empty;

    /// <summary>
    /// The public address of the site (e.g. https://archive.example.org), used for canonical links,
    /// feeds, citations and the sitemap. Empty: the address of the request.
    /// </summary>
    public string BaseUrl { get; set; } = string.Empty;
}
