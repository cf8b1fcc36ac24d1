using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anniversary.Archive.Data.Sqlite.Migrations
{
    /// <summary>
    /// A statement's row in the search index no longer repeats its speaker's name and role (a seventh
    /// of the index's words, 4.3 MiB of 20,000 real-sized reports): a search for a name reads the named
    /// people's statements from the statements, always. The index is emptied and every article is
    /// marked for importing again: the site's next start imports its seeds folder, another folder
    /// needs its import.
    /// </summary>
    public partial class StatementRowsWithoutSpeakerName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Reindex(migrationBuilder);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            // The index is kept, so that a search still finds what the rows hold: each statement's row
            // gets its speaker's name again at its article's next import.
            migrationBuilder.Sql("UPDATE Articles SET ContentHash = X'';");

        private static void Reindex(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("INSERT INTO SearchEntries(SearchEntries) VALUES ('delete-all');");
            migrationBuilder.Sql("INSERT INTO ArticleWords(ArticleWords) VALUES ('delete-all');");
            migrationBuilder.Sql("UPDATE Articles SET ContentHash = X'';");
        }
    }
}
