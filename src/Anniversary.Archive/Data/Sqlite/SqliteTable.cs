using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Anniversary.Archive.Data.Sqlite;

/// <summary>
/// An entity's table as the EF model maps it: its name, its key column and, for every column the
/// store does not generate, its name and how to read its value off an entity. Built once per process,
/// so the writer's SQL cannot disagree with the model the migrations and the readers use.
/// </summary>
internal sealed class SqliteTable
{
    private static readonly ConcurrentDictionary<Type, SqliteTable> Tables = new();

    /// <summary>Lists of text (a person's roles) are stored as JSON, written as read, not escaped.</summary>
    private static readonly JsonSerializerOptions ListJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private SqliteTable(IEntityType entity)
    {
        Name = entity.GetTableName()!;
        Key = entity.FindPrimaryKey()!.Properties[0].GetColumnName();
        Columns = entity.GetProperties()
            .Where(p => p.ValueGenerated != ValueGenerated.OnAdd)
            .Select(p => new SqliteColumn(p.Name, p.GetColumnName(), Getter(entity.ClrType, p)))
            .ToList();
    }

    public string Name { get; }

    /// <summary>The key's column; the id an insert returns.</summary>
    public string Key { get; }

    /// <summary>Every column the store does not generate, in the model's order.</summary>
    public IReadOnlyList<SqliteColumn> Columns { get; }

    public static SqliteTable Of<TEntity>(IModel model) => Of(model, typeof(TEntity));

    public static SqliteTable Of(IModel model, Type entity) =>
        Tables.GetOrAdd(entity, type => new SqliteTable(model.FindEntityType(type) ?? throw new ArgumentException($"{type.Name} is not in the model", nameof(entity))));

    /// <summary>The column of a property, by its name (<c>nameof</c>).</summary>
    public string Column(string property) =>
        Columns.FirstOrDefault(c => c.Property == property)?.Name ?? (property == "Id" ? Key : throw new ArgumentException($"{Name} has no column for {property}", nameof(property)));

    /// <summary>These columns only, by property name, in the order given.</summary>
    public IReadOnlyList<SqliteColumn> Only(params string[] properties) =>
        properties.Select(property => Columns.Single(c => c.Property == property)).ToList();

    /// <summary>Every column but these, by property name.</summary>
    public IReadOnlyList<SqliteColumn> AllBut(params string[] properties) =>
        Columns.Where(c => !properties.Contains(c.Property)).ToList();

    private static Func<object, object?> Getter(Type type, IProperty property)
    {
        var entity = Expression.Parameter(typeof(object));
        var value = Expression.Property(Expression.Convert(entity, type), property.PropertyInfo!);
        var boxed = Expression.Lambda<Func<object, object?>>(Expression.Convert(value, typeof(object)), entity).Compile();
        if (property.GetValueConverter() is { } converter)
        {
            return row => converter.ConvertToProvider(boxed(row));
        }

        return property.ClrType == typeof(List<string>)
            ? row => boxed(row) is List<string> list ? JsonSerializer.Serialize(list, ListJson) : null
            : boxed;
    }
}

/// <summary>A column: the property it maps, its name, and its value on an entity as SQLite stores it.</summary>
internal sealed record SqliteColumn(string Property, string Name, Func<object, object?> Value);
