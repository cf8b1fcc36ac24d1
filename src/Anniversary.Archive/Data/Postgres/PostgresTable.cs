using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Anniversary.Archive.Data.Postgres;

/// <summary>
/// An entity's table as the EF model maps it on PostgreSQL: its quoted name, its key column and, for
/// every column the store does not generate, its quoted name and how to read its value off an
/// entity, as Npgsql writes it. Built once per process from the model the migrations and readers use.
/// </summary>
internal sealed class PostgresTable
{
    private static readonly ConcurrentDictionary<Type, PostgresTable> Tables = new();

    private PostgresTable(IEntityType entity)
    {
        Name = Quote(entity.GetTableName()!);
        Key = Quote(entity.FindPrimaryKey()!.Properties[0].GetColumnName());
        Columns = entity.GetProperties()
            .Where(p => p.ValueGenerated != ValueGenerated.OnAdd)
            .Select(p => new PostgresColumn(p.Name, Quote(p.GetColumnName()), Getter(entity.ClrType, p)))
            .ToList();
    }

    public string Name { get; }

    public string Key { get; }

    public IReadOnlyList<PostgresColumn> Columns { get; }

    public static PostgresTable Of<TEntity>(IModel model) => Of(model, typeof(TEntity));

    public static PostgresTable Of(IModel model, Type entity) =>
        Tables.GetOrAdd(entity, type => new PostgresTable(model.FindEntityType(type) ?? throw new ArgumentException($"{type.Name} is not in the model", nameof(entity))));

    public string Column(string property) =>
        Columns.FirstOrDefault(c => c.Property == property)?.Name ?? (property == "Id" ? Key : throw new ArgumentException($"{Name} has no column for {property}", nameof(property)));

    public IReadOnlyList<PostgresColumn> Only(params string[] properties) =>
        properties.Select(property => Columns.Single(c => c.Property == property)).ToList();

    public IReadOnlyList<PostgresColumn> AllBut(params string[] properties) =>
        Columns.Where(c => !properties.Contains(c.Property)).ToList();

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Enums are stored as their numbers, as the model maps them; lists of text as text arrays, which Npgsql writes as they are.</summary>
    private static Func<object, object?> Getter(Type type, IProperty property)
    {
        var entity = Expression.Parameter(typeof(object));
        var value = (Expression)Expression.Property(Expression.Convert(entity, type), property.PropertyInfo!);
        var enumType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        if (enumType.IsEnum)
        {
            var number = Enum.GetUnderlyingType(enumType);
            value = Expression.Convert(value, property.ClrType == enumType ? number : typeof(Nullable<>).MakeGenericType(number));
        }

        return Expression.Lambda<Func<object, object?>>(Expression.Convert(value, typeof(object)), entity).Compile();
    }
}

/// <summary>A column: the property it maps, its quoted name, and its value on an entity.</summary>
internal sealed record PostgresColumn(string Property, string Name, Func<object, object?> Value);
