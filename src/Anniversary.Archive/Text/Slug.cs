using System.Text;

namespace Anniversary.Archive.Text;

/// <summary>The one slug function: folded text reduced to <c>[a-z0-9-]</c>, cut at a word boundary.</summary>
public static class Slug
{
    public const int MaxLength = 80;

    public static string From(string text, int maxLength = MaxLength)
    {
        var slug = new StringBuilder();
        foreach (var c in TextFolding.Fold(text))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().TrimEnd('-');
        if (result.Length > maxLength)
        {
            var cut = result.LastIndexOf('-', maxLength);
            result = cut > 0 ? result[..cut] : result[..maxLength];
        }

        return result;
    }
}
