using Anniversary.Archive.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <summary>The index as this migration made it; later migrations change it, never this one.</summary>
        public const string FirstTableSql =
            "CREATE VIRTUAL TABLE SearchEntries USING fts5(title, body, people, type UNINDEXED, article_id UNINDEXED, " +
            "paragraph UNINDEXED, person_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FirstTableSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqliteSearchIndex.DropTableSql);
        }
    }
}
