using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Postgres.Migrations
{
    /// <summary>
    /// As on SQLite, a statement's row in the search index no longer holds its speaker's name: a
    /// search for a name reads the named people's statements from the statements. The index is
    /// emptied and every article is marked for importing again.
    /// </summary>
    public partial class StatementRowsWithoutSpeakerName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Reindex(migrationBuilder);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            // The index is kept, so that a search still finds what the rows hold: each statement's row
            // gets its speaker's name again at its article's next import.
            migrationBuilder.Sql("UPDATE \"Articles\" SET \"ContentHash\" = ''::bytea;");

        private static void Reindex(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("TRUNCATE \"SearchEntries\";");
            migrationBuilder.Sql("UPDATE \"Articles\" SET \"ContentHash\" = ''::bytea;");
        }
    }
}
