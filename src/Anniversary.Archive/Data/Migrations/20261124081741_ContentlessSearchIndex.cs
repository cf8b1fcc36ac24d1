using Anniversary.Archive.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Migrations
{
    /// <inheritdoc />
    public partial class ContentlessSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The index no longer keeps a copy of the text; it is rebuilt by the next import, which
            // sees every article as changed.
            migrationBuilder.Sql(SqliteSearchIndex.DropTableSql);
            migrationBuilder.Sql(SqliteSearchIndex.CreateTableSql);
            migrationBuilder.Sql("UPDATE Articles SET ContentHash = '';");

            // A day typed without a year ("January 7") is looked up by month and day.
            migrationBuilder.Sql("CREATE INDEX IX_Articles_MonthDay ON Articles (substr(Date, 6, 5));");
            migrationBuilder.Sql("CREATE INDEX IX_MentionedDates_MonthDay ON MentionedDates (substr(Date, 6, 5));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IX_MentionedDates_MonthDay;");
            migrationBuilder.Sql("DROP INDEX IX_Articles_MonthDay;");
            migrationBuilder.Sql(SqliteSearchIndex.DropTableSql);
            migrationBuilder.Sql(SearchIndex.FirstTableSql);
            migrationBuilder.Sql("UPDATE Articles SET ContentHash = '';");
        }
    }
}
