using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Anniversary.Archive.Data.Sqlite;

/// <summary>
/// A day stored as the number yyyymmdd (20240107), where SQLite would store ten characters: at most
/// four bytes, in the same order. For a column stored again in an index, as a statement's date is.
/// </summary>
public static class SqliteDates
{
    public static int Number(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    public static ValueConverter<DateOnly, int> Converter { get; } = new(
        date => date.Year * 10000 + date.Month * 100 + date.Day,
        number => new DateOnly(number / 10000, number / 100 % 100, number % 100));
}
