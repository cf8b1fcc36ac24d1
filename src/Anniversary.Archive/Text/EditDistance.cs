namespace Anniversary.Archive.Text;

/// <summary>How many letters must change, be added or be dropped to turn one word into another.</summary>
public static class EditDistance
{
    /// <summary>The distance, or <paramref name="cap"/> + 1 when the lengths alone show it is more than <paramref name="cap"/>.</summary>
    public static int Between(string a, string b, int cap)
    {
        if (Math.Abs(a.Length - b.Length) > cap)
        {
            return cap + 1;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
