namespace Anniversary.Archive.Model;

/// <summary>
/// A text taken from a paragraph (a moment's sentence, a date as written), stored once: as where it
/// stands in its paragraph's text, kept in the article's block, rather than as a copy.
/// </summary>
public static class TextInParagraph
{
    /// <summary>Where the text starts in the paragraph's; -1 when it is empty or not there, and so stored as it is.</summary>
    public static int Find(string text, string? paragraphText) =>
        text.Length == 0 ? -1 : paragraphText?.IndexOf(text, StringComparison.Ordinal) ?? -1;

    /// <summary>The text as stored, or cut from the paragraph's text when stored as a place there (empty if it no longer holds it).</summary>
    public static string Read(string stored, int start, int length, string paragraphText) =>
        stored.Length > 0 || start + length > paragraphText.Length ? stored : paragraphText.Substring(start, length);
}
