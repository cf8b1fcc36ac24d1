using Anniversary.Archive.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Migrations
{
    /// <inheritdoc />
    public partial class NewestFirstSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The index's row ids now count down, newest first. A contentless index cannot be renumbered,
            // so it is emptied and every article marked changed: the next import writes it again.
            migrationBuilder.Sql(SqliteSearchIndex.DropTableSql);
            migrationBuilder.Sql(SqliteSearchIndex.CreateTableSql);
            migrationBuilder.Sql("UPDATE Articles SET ContentHash = '';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqliteSearchIndex.DropTableSql);
            migrationBuilder.Sql(SqliteSearchIndex.CreateTableSql);
            migrationBuilder.Sql("UPDATE Articles SET ContentHash = '';");
        }
    }
}
