using System.Runtime.CompilerServices;
using Anniversary.Archive.Data;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Anniversary.Archive.Reading;

/// <summary>
/// A compiled query, compiled once for each model it runs on: EF Core refuses to run a compiled
/// query on another model than the first, and each engine has its own (one process holds both
/// when the tests run the same pages on SQLite and on PostgreSQL). A site on one engine compiles it once.
/// </summary>
internal sealed class CompiledQuery<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];

    public TQuery For(ArchiveDbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
